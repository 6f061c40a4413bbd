/** What the share card of a fact or a fact sheet shows (see lib/share-cards/render.ts). */
import type { CardContent } from '../share-cards/render.ts';
import { formatDate, type Lang } from '../format.ts';
import { t } from '../../i18n/ui.ts';
import { figureText, statementText } from './fact-text.ts';
import type { ArticleData, PublishedFact, Source } from './schema.ts';

/** The card of a fact: figure, statement, data year and first source, never one without the others. */
export function factCardContent(fact: PublishedFact, source: Source, url: string, lang: Lang = 'en'): CardContent {
  const figure = figureText(fact, lang);
  return {
    lang,
    kind: 'fact',
    label: t(lang, fact.status === 'corrected' ? 'fact.correctedFact' : 'fact.checkedFact'),
    ...(figure ? { figure } : {}),
    statement: statementText(fact, lang),
    year: fact.year.label,
    source: source.publisher,
    url,
  };
}

/** The card of a fact sheet: title, summary and the date of its last check. */
export function articleCardContent(article: ArticleData, url: string, lang: Lang = 'en'): CardContent {
  return {
    lang,
    kind: 'article',
    label: t(lang, 'article.kicker'),
    title: article.title,
    summary: article.summary,
    reviewed: formatDate(article.reviewed, lang),
    url,
  };
}

/** What the share card of a fact or a fact sheet shows (see lib/share-cards/render.ts). */
import type { CardContent } from '../share-cards/render.ts';
import { formatDate } from '../format.ts';
import { figureText, statementText } from './fact-text.ts';
import type { ArticleData, PublishedFact, Source } from './schema.ts';

/** The card of a fact: figure, statement, data year and first source, never one without the others. */
export function factCardContent(fact: PublishedFact, source: Source, url: string): CardContent {
  const figure = figureText(fact);
  return {
    kind: 'fact',
    label: fact.status === 'corrected' ? 'Corrected fact' : 'Checked fact',
    ...(figure ? { figure } : {}),
    statement: statementText(fact),
    year: fact.year.label,
    source: source.publisher,
    url,
  };
}

/** The card of a fact sheet: title, summary and the date of its last check. */
export function articleCardContent(article: ArticleData, url: string): CardContent {
  return {
    kind: 'article',
    label: 'Fact sheet',
    title: article.title,
    summary: article.summary,
    reviewed: formatDate(article.reviewed),
    url,
  };
}

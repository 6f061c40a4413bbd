/** What the share card of a fact or a fact sheet shows, in the reader's words (drawn by lib/share-cards/render.ts). */
import type { CardContent } from '../../lib/share-cards/render.ts';
import { formatDate, formatValue, qualifierWords, type Lang } from '../../lib/format.ts';
import { siteName } from '../../lib/site.ts';
import { statementText } from '../../lib/content/fact-text.ts';
import { factText, publisherText } from '../../lib/content/localize.ts';
import { WEAKER_GRADES, type ArticleData, type PublishedFact, type Source } from '../../lib/content/schema.ts';
import { t } from '../../i18n/ui.ts';
import type { FigureFreshness } from '../../lib/content/freshness.ts';
import { nextEditionWords } from '../facts/freshness-words.ts';

/** The headline figure of a fact as a card shows it: qualifier apart, the number, its data year, its label. */
export function headlineOf(fact: PublishedFact, lang: Lang) {
  if (!fact.headline || fact.value === undefined || !fact.unit) return undefined;
  return {
    ...(fact.qualifier ? { qualifier: qualifierWords(fact.qualifier, lang) } : {}),
    figure: formatValue(fact.value, fact.unit, lang),
    label: factText(fact, lang).headlineLabel ?? fact.headline.label,
    // The data year, set beside the figure: a card is often seen without its small print.
    year:
      fact.year.from === fact.year.to
        ? t(lang, 'card.inYear', { year: fact.year.label })
        : t(lang, 'card.inYears', { from: fact.year.from, to: fact.year.to }),
  };
}

/**
 * The card of a fact: its headline figure and label (or, without one, its statement), the grade,
 * the data year and the first source, never a figure without the others; for a figure from a
 * recurring publication, also when its next edition is expected (or that a newer one may exist).
 */
export function factCardContent(
  fact: PublishedFact,
  source: Source,
  url: string,
  lang: Lang = 'en',
  freshness?: FigureFreshness,
): CardContent {
  const headline = headlineOf(fact, lang);
  return {
    lang,
    site: siteName(lang),
    kind: 'fact',
    kicker: t(lang, fact.status === 'corrected' ? 'fact.correctedFact' : 'fact.checkedFact'),
    ...(headline ? { headline } : {}),
    statement: statementText(fact, lang),
    grade: t(lang, `grade.${fact.grade}`),
    weaker: WEAKER_GRADES.includes(fact.grade),
    footer: [
      t(lang, 'card.data', { year: fact.year.label }),
      t(lang, 'card.source', { source: publisherText(source, lang) }),
      ...(freshness?.next ? [nextEditionWords(freshness.next, lang)] : []),
    ].join(' · '),
    url,
  };
}

/** The card of a fact sheet: title, summary and the date of its last check. */
export function articleCardContent(article: ArticleData, url: string, lang: Lang = 'en'): CardContent {
  return {
    lang,
    site: siteName(lang),
    kind: 'article',
    kicker: t(lang, 'article.kicker'),
    title: article.title,
    summary: article.summary,
    footer: t(lang, 'card.reviewed', { date: formatDate(article.reviewed, lang) }),
    url,
  };
}

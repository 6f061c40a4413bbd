/** A fact as plain text, for titles, previews, share cards and citations. */
import { formatValue, type Lang } from '../format.ts';
import type { PublishedFact } from './schema.ts';
import { factText } from './localize.ts';

/** The fact's figure as readers see it ("about 341,000"), if it has one. */
export function figureText(fact: PublishedFact, lang: Lang = 'en'): string | undefined {
  return fact.value !== undefined && fact.unit ? formatValue(fact.value, fact.unit, lang, fact.qualifier) : undefined;
}

/** The statement with its figure written in. */
export function statementText(fact: PublishedFact, lang: Lang = 'en'): string {
  return factText(fact, lang).statement.replace('{value}', figureText(fact, lang) ?? '');
}

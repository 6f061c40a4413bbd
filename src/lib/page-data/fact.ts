/** A published fact's own page: the fact, where it stands on its sheet, its evidence, chart and neighbours. */
import type { PublishedFact } from '../content/schema.ts';
import { factHref, factPageHref, planOf, publishedFact, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { chartsOf, factData, shownHelpLines, type FactData } from './parts.ts';
import type { ChartData, PageLocals } from './page.ts';

/** Another fact a page links to, by its statement. */
export interface LinkedFact {
  id: string;
  fact: PublishedFact;
  /** Path of its own page, in the page's language. */
  page: string;
}

export interface FactPageData extends PageLocals, FactData {
  /** Its place in its sheet, in the page's language. */
  sheetHref: string;
  /** Whether the fact is a card of its own (else a newer or related figure of one). */
  isCard: boolean;
  /** The figures it names as newer or related. */
  newer: LinkedFact[];
  /** The other cards of its sheet, in reading order. */
  others: LinkedFact[];
  charts: ReadonlyMap<string, ChartData>;
}

/** Everything a fact's own page shows, in a language. */
export function factPageData(store: Store, id: string, lang: Lang): FactPageData {
  const data = factData(store, id, lang);
  const { fact, place } = data;
  const linked = (other: string): LinkedFact => ({
    id: other,
    fact: publishedFact(store, other),
    page: factPageHref(other, lang),
  });
  return {
    ...data,
    sheetHref: factHref(store, id, lang),
    isCard: place.card === id,
    newer: (fact.newer ?? []).map(linked),
    others: planOf(store, place.article)
      .numberedFacts.filter((other) => other !== place.card)
      .map(linked),
    helpLines: shownHelpLines(store, place.article),
    charts: chartsOf(store, fact.dataset ? [fact.dataset] : []),
  };
}

/** A published fact's own page: the fact, where it stands on its sheet, its evidence, chart and neighbours. */
import { planFact, type ArticlePlan } from '../content/citations.ts';
import type { Place } from '../content/site-model.ts';
import type { ArticleData, PublishedFact, Source } from '../content/schema.ts';
import {
  articleData,
  factFreshness,
  factHref,
  factPageHref,
  placeOf,
  planOf,
  publishedFact,
  type Store,
} from '../content/store.ts';
import type { FigureFreshness } from '../content/freshness.ts';
import type { Lang } from '../format.ts';
import { chartsOf, shownHelpLines, sourcesById } from './parts.ts';
import type { ChartData, PageLocals } from './page.ts';

/** Another fact a page links to, by its statement. */
export interface LinkedFact {
  id: string;
  fact: PublishedFact;
  /** Path of its own page, in the page's language. */
  page: string;
}

export interface FactPageData extends PageLocals {
  id: string;
  fact: PublishedFact;
  freshness: FigureFreshness;
  /** Path of the page, in its language. */
  path: string;
  /** Its sheet, its card's number there and the card it sits in. */
  place: Place;
  /** Its sheet's frontmatter in the page's language. */
  sheet: ArticleData;
  /** Its place in its sheet, in the page's language. */
  sheetHref: string;
  /** Whether the fact is a card of its own (else a newer or related figure of one). */
  isCard: boolean;
  /** The citation plan of the page: the fact's own sources. */
  plan: ArticlePlan;
  /** The sources it cites, by id. */
  sources: ReadonlyMap<string, Source>;
  /** The figures it names as newer or related. */
  newer: LinkedFact[];
  /** The other cards of its sheet, in reading order. */
  others: LinkedFact[];
  charts: ReadonlyMap<string, ChartData>;
}

/** Everything a fact's own page shows, in a language. */
export function factPageData(store: Store, id: string, lang: Lang): FactPageData {
  const fact = publishedFact(store, id);
  const place = placeOf(store, id);
  const plan = planFact(id, fact);
  const linked = (other: string): LinkedFact => ({
    id: other,
    fact: publishedFact(store, other),
    page: factPageHref(other, lang),
  });
  return {
    id,
    fact,
    freshness: factFreshness(store, id),
    path: factPageHref(id, lang),
    place,
    sheet: articleData(store, place.article, lang),
    sheetHref: factHref(store, id, lang),
    isCard: place.card === id,
    plan,
    sources: sourcesById(store, plan.sources),
    newer: (fact.newer ?? []).map(linked),
    others: planOf(store, place.article)
      .numberedFacts.filter((other) => other !== place.card)
      .map(linked),
    helpLines: shownHelpLines(store, place.article),
    charts: chartsOf(store, fact.dataset ? [fact.dataset] : []),
  };
}

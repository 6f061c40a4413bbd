/** Parts that several pages show, worked out from the store: help lines, figures, charts, sources. */
import { helpLinesFor } from '../content/check-help-lines.ts';
import { planFact, type ArticlePlan } from '../content/citations.ts';
import type { FigureFreshness } from '../content/freshness.ts';
import type { Place } from '../content/site-model.ts';
import type { ArticleData, PublishedFact, Source } from '../content/schema.ts';
import {
  articleData,
  datasetFreshness,
  datasetOf,
  factFreshness,
  factHref,
  factPageHref,
  placeOf,
  publishedFact,
  sourceOf,
  type Store,
} from '../content/store.ts';
import { datasetSourceIds } from '../charts/downloads.ts';
import type { Lang } from '../format.ts';
import type { ChartData, Figure, QuotedFigure, ShownHelpLines } from './page.ts';

/** The help lines of a sheet's pages (its own and the general ones), or of every other page (all of them). */
export function shownHelpLines(store: Store, sheet?: string): ShownHelpLines {
  const { helpLines } = store;
  return { lines: helpLinesFor(helpLines, sheet), checked: helpLines.checked, checkedIn: helpLines.checkedIn };
}

/** A published fact as a figure on a page in a language. */
export function figureOf(store: Store, id: string, lang: Lang): Figure {
  return {
    id,
    fact: publishedFact(store, id),
    freshness: factFreshness(store, id),
    page: factPageHref(id, lang),
    aliases: store.model.aliases.get(id) ?? [],
  };
}

/** What a fact's own page and its embed both show: the fact, where it stands, its sources. */
export interface FactData {
  id: string;
  fact: PublishedFact;
  freshness: FigureFreshness;
  /** Path of the fact's own page, in the page's language (an embed's canonical address). */
  path: string;
  /** Its sheet, its card's number there and the card it sits in. */
  place: Place;
  /** Its sheet's frontmatter in the page's language. */
  sheet: ArticleData;
  /** The citation plan: the fact's own sources. */
  plan: ArticlePlan;
  /** The sources it cites, by id. */
  sources: ReadonlyMap<string, Source>;
}

/** A published fact with its place, sheet and sources, in a language. */
export function factData(store: Store, id: string, lang: Lang): FactData {
  const fact = publishedFact(store, id);
  const place = placeOf(store, id);
  const plan = planFact(id, fact);
  return {
    id,
    fact,
    freshness: factFreshness(store, id),
    path: factPageHref(id, lang),
    place,
    sheet: articleData(store, place.article, lang),
    plan,
    sources: sourcesById(store, plan.sources),
  };
}

/** Sources by id, for a component that cites them. */
export function sourcesById(store: Store, ids: Iterable<string>): Map<string, Source> {
  return new Map([...ids].map((id) => [id, sourceOf(store, id)]));
}

/**
 * The charts of datasets, by id. `listed` is the page's numbered source list, if it has one: a chart
 * then refers to a source already listed by its number, not by its full title and address again.
 */
export function chartsOf(
  store: Store,
  datasetIds: Iterable<string>,
  listed: readonly string[] = [],
): Map<string, ChartData> {
  return new Map(
    [...datasetIds].map((id) => {
      const dataset = datasetOf(store, id);
      const sources = sourcesById(store, datasetSourceIds(dataset));
      const numbers = new Map(listed.flatMap((sid, i) => (sources.has(sid) ? [[sid, i + 1] as const] : [])));
      return [id, { dataset, freshness: datasetFreshness(store, id), sources, listed: numbers }];
    }),
  );
}

/** Figures quoted in prose, by fact id, each linking to its place in its sheet. */
export function quotedFigures(store: Store, ids: Iterable<string>, lang: Lang): Map<string, QuotedFigure> {
  return new Map([...ids].map((id) => [id, { fact: publishedFact(store, id), href: factHref(store, id, lang) }]));
}

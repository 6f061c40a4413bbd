/** Parts that several pages show, worked out from the store: help lines, figures, charts, sources. */
import { helpLinesFor } from '../content/check-help-lines.ts';
import type { Source } from '../content/schema.ts';
import {
  datasetFreshness,
  datasetOf,
  factFreshness,
  factHref,
  factPageHref,
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

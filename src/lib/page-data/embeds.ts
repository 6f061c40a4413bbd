/** The pages for another site's <iframe>: a fact, or a chart, with the help lines its sheet's subject needs. */
import { datasetText } from '../content/localize.ts';
import { articleData, chartHome, chartSheet, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { chartsOf, factData, shownHelpLines, type FactData } from './parts.ts';
import type { ChartData, PageLocals } from './page.ts';

export interface FactEmbedData extends PageLocals, FactData {
  /** A sheet whose subject needs a content note needs its help lines wherever its facts go. */
  needsHelp: boolean;
}

/** Everything a fact's embed shows, in a language. */
export function factEmbedData(store: Store, id: string, lang: Lang): FactEmbedData {
  const data = factData(store, id, lang);
  return {
    ...data,
    needsHelp: Boolean(data.sheet.contentNote),
    helpLines: shownHelpLines(store, data.place.article),
  };
}

export interface ChartEmbedData extends PageLocals {
  id: string;
  /** The chart's title in the page's language. */
  title: string;
  /** Where the chart is seen in full: its place in its sheet, or else the page of a fact drawn from it. */
  home: string;
  /** The sheet that places the chart, if any. */
  sheet: { slug: string; title: string } | undefined;
  /** A sheet whose subject needs a content note needs its help lines wherever its charts go. */
  needsHelp: boolean;
  charts: ReadonlyMap<string, ChartData>;
}

/** Everything a chart's embed shows, in a language. */
export function chartEmbedData(store: Store, id: string, lang: Lang): ChartEmbedData {
  const charts = chartsOf(store, [id]);
  const slug = chartSheet(store, id)?.id;
  const sheet = slug === undefined ? undefined : articleData(store, slug, lang);
  return {
    id,
    title: datasetText(charts.get(id)!.dataset, lang).title,
    home: chartHome(store, id, lang),
    sheet: slug === undefined ? undefined : { slug, title: sheet!.title },
    needsHelp: sheet?.contentNote !== undefined,
    helpLines: shownHelpLines(store, slug),
    charts,
  };
}

/**
 * Cache keys for Astro's incremental builds: a page whose key and code are unchanged since the
 * last build is reused instead of being rendered again. A sheet's key is a hash of everything
 * its pages show: both language versions, its facts (and facts it quotes from elsewhere) with
 * their old ids, the datasets it charts, every source those cite, how current each figure reads on
 * the build day, and the site-wide help lines.
 * Fact pages and share cards use the key of the sheet they sit in; a dataset's downloads, a
 * hash of the dataset and its sources.
 */
import { createHash } from 'node:crypto';
import { newerChain } from './citations.ts';
import { datasetSourceIds } from '../charts/downloads.ts';
import type { Fact } from './schema.ts';
import { chartHome, chartSheet, datasetFreshness, factFreshness, type Store } from './store.ts';

const keys = new WeakMap<Store, Map<string, string>>();
const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** Everything the pages of one sheet read from the store, gathered by id. */
function sheetInputs(store: Store, slug: string) {
  const english = store.articlesById.get(slug);
  const spanish = store.articlesEs.get(slug);
  const plan = store.model.plans.get(slug);
  // Its own facts, the facts it quotes with <Value>, and every newer figure of them.
  const factIds = new Set(
    [...(store.model.sheetFacts.get(slug) ?? []), ...(store.model.quotes.get(slug) ?? [])].flatMap((id) =>
      newerChain(id, store.facts),
    ),
  );
  const facts = [...factIds].sort().map((id) => [id, store.facts.get(id)] as [string, Fact | undefined]);
  const datasetIds = new Set(plan?.charts ?? []);
  for (const [, fact] of facts) if (fact && fact.status !== 'unverified' && fact.dataset) datasetIds.add(fact.dataset);
  const datasets = [...datasetIds].sort().map((id) => [id, store.datasets.get(id)] as const);
  const sourceIds = new Set([
    ...facts.flatMap(([, fact]) => fact?.sources.map((ref) => ref.id) ?? []),
    ...datasets.flatMap(([, dataset]) => (dataset ? datasetSourceIds(dataset) : [])),
  ]);
  return {
    articles: [english && { data: english.data, body: english.body }, spanish && { data: spanish.data, body: spanish.body }],
    facts,
    // Where each fact is shown: a link to it names its sheet and card, so a fact moved to another sheet changes this key.
    places: facts.map(([id]) => [id, store.model.factSheet.get(id), store.model.places.get(id)]),
    datasets,
    sources: [...sourceIds].sort().map((id) => [id, store.sources.get(id)]),
    helpLines: store.helpLines,
    // The sheet links to its classroom edition, which shows its key figures.
    classroom: store.classroom.get(slug),
    // What each figure says of its next edition depends on the schedule and the build day, not only on its file.
    freshness: [
      ...facts.flatMap(([id, fact]) => (fact && fact.status !== 'unverified' ? [factFreshness(store, id)] : [])),
      ...datasets.flatMap(([id, dataset]) => (dataset ? [datasetFreshness(store, id)] : [])),
    ],
    // Old ids of these facts keep an anchor on the sheet; other redirects do not show here.
    aliases: facts.flatMap(([id]) => (store.model.aliases.has(id) ? [[id, store.model.aliases.get(id)]] : [])),
  };
}

/** The cache key of a sheet's pages and cards, in both languages. */
export function sheetCacheKey(store: Store, slug: string): string {
  let byStore = keys.get(store);
  if (!byStore) keys.set(store, (byStore = new Map()));
  let key = byStore.get(slug);
  if (!key) {
    key = hashOf(sheetInputs(store, slug));
    byStore.set(slug, key);
  }
  return key;
}

/** The cache key of a fact's page and card: its own sheet's, and the sheet that numbers it if another. */
export function factCacheKey(store: Store, id: string): string {
  const sheets = new Set([store.model.factSheet.get(id) ?? '', store.model.places.get(id)?.article ?? '']);
  return [...sheets].map((slug) => sheetCacheKey(store, slug)).join('.');
}

/** The cache key of a dataset's CSV and JSON downloads. */
export function datasetCacheKey(store: Store, id: string): string {
  const dataset = store.datasets.get(id);
  const sources = dataset ? datasetSourceIds(dataset).map((sid) => [sid, store.sources.get(sid)]) : [];
  return hashOf({ dataset, sources });
}

/**
 * The cache key of a chart's embed page: the sheet that places it (which draws it, names it
 * and chooses its help lines), or, for a chart only fact pages show, its dataset and sources, how
 * current it reads on the build day, and the page it links to (the first fact drawn from it).
 */
export function chartCacheKey(store: Store, id: string): string {
  const sheet = chartSheet(store, id);
  if (sheet) return `${sheetCacheKey(store, sheet.id)}.${datasetCacheKey(store, id)}`;
  return hashOf([datasetCacheKey(store, id), store.helpLines, chartHome(store, id, 'en'), datasetFreshness(store, id)]);
}

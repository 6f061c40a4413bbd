/**
 * The paths of the per-sheet, per-fact and per-dataset routes (pages, share cards, downloads), each
 * with its incremental-build cache key, so unchanged pages are reused from the last build.
 */
import { datasetCacheKey, factCacheKey, sheetCacheKey } from './cache-keys.ts';
import { movedPath } from './permalinks.ts';
import { factPageHref, getStore, publishedFacts } from './store.ts';
import type { Lang } from '../format.ts';
import { localePath } from '../locales.ts';

/** One path per sheet: `[slug]` routes. */
export async function sheetPaths() {
  const store = await getStore();
  return store.articles.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: sheetCacheKey(store, entry.id),
  }));
}

/** One path per published fact: `[id]` routes. */
export async function factPaths() {
  const store = await getStore();
  return publishedFacts(store).map(([id]) => ({ params: { id }, cacheKey: factCacheKey(store, id) }));
}

/** One path per dataset: `[dataset]` download routes. */
export async function datasetPaths() {
  const store = await getStore();
  return [...store.datasets.keys()].map((dataset) => ({
    params: { dataset },
    cacheKey: datasetCacheKey(store, dataset),
  }));
}

/** One path per moved address (content/permalinks.yaml), in a language: `[...moved]` routes. */
export async function movedPaths(lang: Lang) {
  const store = await getStore();
  return store.redirects.map((r) => ({
    params: { moved: movedPath(r).slice(1, -1) },
    props: { to: r.toKind === 'fact' ? factPageHref(r.to, lang) : localePath(lang, `/articles/${r.to}/`) },
  }));
}

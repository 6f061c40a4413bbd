/**
 * The paths of every route: each page is one route file under src/pages/[...lang]/ serving both
 * languages (English at /, Spanish at /es/), and the per-sheet, per-fact and per-dataset routes
 * carry their incremental-build cache key, so unchanged pages are reused from the last build.
 */
import { chartCacheKey, datasetCacheKey, factCacheKey, sheetCacheKey } from './cache-keys.ts';
import { movedPath } from './permalinks.ts';
import { factPageHref, getStore, publishedFacts } from './store.ts';
import type { Lang } from '../format.ts';
import { LANGS, LOCALES, localePath } from '../locales.ts';

/** The `[...lang]` parameter of a language: none for English, "es" for Spanish. */
function langParam(lang: Lang): string | undefined {
  return LOCALES[lang].prefix.slice(1) || undefined;
}

/** Each path once per language, with its `[...lang]` parameter. */
function inEveryLanguage<P extends { params: Record<string, string | undefined> }>(
  paths: P[],
): (P & { params: P['params'] & { lang: string | undefined } })[] {
  return LANGS.flatMap((lang) => paths.map((p) => ({ ...p, params: { ...p.params, lang: langParam(lang) } })));
}

/** One path per language: pages that exist once per language (home, sources, search, feeds…). */
export function languagePaths() {
  return inEveryLanguage([{ params: {} }]);
}

/** One path per sheet and language: `[...lang]/articles/[slug]` routes. */
export async function sheetPaths() {
  const store = await getStore();
  return inEveryLanguage(
    store.articles.map((entry) => ({
      params: { slug: entry.id },
      props: { entry },
      cacheKey: sheetCacheKey(store, entry.id),
    })),
  );
}

/** One path per sheet with a classroom edition, and language: `[...lang]/articles/[slug]/classroom` routes. */
export async function classroomPaths() {
  const store = await getStore();
  return inEveryLanguage(
    store.articles
      .filter((entry) => store.classroom.has(entry.id))
      .map((entry) => ({ params: { slug: entry.id }, cacheKey: sheetCacheKey(store, entry.id) })),
  );
}

/** One path per published fact and language: `[...lang]/facts/[id]` routes. */
export async function factPaths() {
  const store = await getStore();
  return inEveryLanguage(publishedFacts(store).map(([id]) => ({ params: { id }, cacheKey: factCacheKey(store, id) })));
}

/** One path per dataset and language: `[...lang]/embed/charts/[dataset]` routes. */
export async function chartPaths() {
  const store = await getStore();
  return inEveryLanguage(
    [...store.datasets.keys()].map((dataset) => ({ params: { dataset }, cacheKey: chartCacheKey(store, dataset) })),
  );
}

/** One path per dataset: `[dataset]` download routes. */
export async function datasetPaths() {
  const store = await getStore();
  return [...store.datasets.keys()].map((dataset) => ({
    params: { dataset },
    cacheKey: datasetCacheKey(store, dataset),
  }));
}

/** One path per moved address (content/permalinks.yaml) and language: the `[...moved]` route. */
export async function movedPaths() {
  const store = await getStore();
  return LANGS.flatMap((lang) =>
    store.model.redirects.map((r) => ({
      params: { moved: localePath(lang, movedPath(r)).slice(1, -1) },
      props: { to: r.toKind === 'fact' ? factPageHref(r.to, lang) : localePath(lang, `/articles/${r.to}/`) },
    })),
  );
}

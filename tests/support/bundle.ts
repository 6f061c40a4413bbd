/** What JavaScript a built page loads: its module scripts and their static imports, and what it imports later. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';

const STATIC_IMPORT = /(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Gzipped size of a file, in bytes (zlib's default level, as static hosts serve it). */
export async function gzipBytes(file: string): Promise<number> {
  return gzipSync(await readFile(file)).length;
}

/** A script and every file it imports statically, as paths under distDir. */
export async function staticClosure(distDir: string, urlPath: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(urlPath)) return seen;
  seen.add(urlPath);
  const code = await readFile(path.join(distDir, urlPath), 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    await staticClosure(distDir, path.posix.join(path.posix.dirname(urlPath), spec!), seen);
  }
  return seen;
}

/** Files a script loads with import(), resolved against it. */
export async function dynamicImports(distDir: string, urlPath: string): Promise<string[]> {
  const code = await readFile(path.join(distDir, urlPath), 'utf8');
  return [...code.matchAll(DYNAMIC_IMPORT)].map(([, spec]) => path.posix.join(path.posix.dirname(urlPath), spec!));
}

/** Module scripts a page runs on load (external and inline). */
export function pageScripts($: CheerioAPI): { src: string[]; inlineBytes: number } {
  const executable = $('script').filter((_, el) => {
    const type = $(el).attr('type');
    return !type || type === 'module' || type === 'text/javascript';
  });
  return {
    src: executable
      .map((_, el) => $(el).attr('src'))
      .get()
      .filter(Boolean),
    inlineBytes: executable
      .filter((_, el) => !$(el).attr('src'))
      .map((_, el) => gzipSync($(el).html() ?? '').length)
      .get()
      .reduce((a, b) => a + b, 0),
  };
}

/** Gzipped bytes of JavaScript a page loads before any chart is drawn, and the chunks it may load later. */
export async function pageJavaScript(distDir: string, $: CheerioAPI) {
  const { src, inlineBytes } = pageScripts($);
  const initial = new Set<string>();
  for (const s of src) await staticClosure(distDir, s, initial);
  const later = new Set<string>();
  for (const file of initial) for (const d of await dynamicImports(distDir, file)) if (!initial.has(d)) later.add(d);
  let initialBytes = inlineBytes;
  for (const file of initial) initialBytes += await gzipBytes(path.join(distDir, file));
  return { initial: [...initial], initialBytes, later: [...later] };
}

export interface PageWeight {
  html: number;
  css: number;
  jsInitial: number;
  jsWithCharts: number;
  images: number;
  /** Everything loaded before a chart is drawn. */
  beforeCharts: number;
  /** Everything loaded once every chart is drawn. */
  withCharts: number;
}

/** Gzipped bytes a page loads, by kind: what a reader's browser downloads for it. */
export async function pageWeight(distDir: string, urlPath: string, $: CheerioAPI): Promise<PageWeight> {
  const file = urlPath.endsWith('/') ? path.join(distDir, urlPath, 'index.html') : path.join(distDir, urlPath);
  const html = await gzipBytes(file);
  let css = 0;
  for (const href of $('link[rel="stylesheet"]')
    .map((_, el) => $(el).attr('href'))
    .get()) {
    css += await gzipBytes(path.join(distDir, href));
  }
  // Inline <style> travels inside the HTML; count it as CSS too, so the CSS budget sees all of it.
  css += $('style')
    .map((_, el) => gzipSync($(el).html() ?? '').length)
    .get()
    .reduce((a, b) => a + b, 0);
  const js = await pageJavaScript(distDir, $);
  let lazy = 0;
  for (const chunk of js.later)
    for (const f of await staticClosure(distDir, chunk)) lazy += await gzipBytes(path.join(distDir, f));
  let images = 0;
  for (const src of [
    ...$('img[src]')
      .map((_, el) => $(el).attr('src'))
      .get(),
    ...$('link[rel="icon"]')
      .map((_, el) => $(el).attr('href'))
      .get(),
  ]) {
    if (src.startsWith('/')) images += await gzipBytes(path.join(distDir, src));
  }
  const hasCharts = $('fs-chart').length > 0;
  const externalCss =
    css -
    $('style')
      .map((_, el) => gzipSync($(el).html() ?? '').length)
      .get()
      .reduce((a, b) => a + b, 0);
  const beforeCharts = html + externalCss + js.initialBytes + images;
  return {
    html,
    css,
    jsInitial: js.initialBytes,
    jsWithCharts: js.initialBytes + (hasCharts ? lazy : 0),
    images,
    beforeCharts,
    withCharts: beforeCharts + (hasCharts ? lazy : 0),
  };
}

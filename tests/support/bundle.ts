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

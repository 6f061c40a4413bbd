/**
 * The content as this build's content check read it: one parser, one read, shared by the check,
 * the pages, the search index and the sitemap. Kept on globalThis because Vite loads the page code
 * as module instances of its own.
 */
import path from 'node:path';
import { checkContentDir, formatProblems, type CheckedContent } from './check.ts';
import { ParseCache } from './parse-cache.ts';
import { movedPath, redirectsOf } from './permalinks.ts';

/** Where content lives; `FS_CONTENT_DIR` points builds at another folder (tests, benchmark). */
export function contentDir(root: string): string {
  return path.resolve(root, process.env['FS_CONTENT_DIR'] ?? 'content');
}

const SHARED = Symbol.for('mexico-fact-sheets.checked-content');
type Shared = { [SHARED]?: { dir: string; content: CheckedContent; cacheDir?: string; changed: boolean } };
const shared = globalThis as Shared;

/**
 * Checks the content folder; throws the editor's report if anything is wrong, else keeps and
 * returns it. `cacheDir`: where files parsed by the last run are kept, so only changed files are
 * parsed again.
 */
export async function checkAndKeep(root: string, { cacheDir }: { cacheDir?: string } = {}): Promise<CheckedContent> {
  const dir = contentDir(root);
  const cache = cacheDir ? await ParseCache.open(path.join(cacheDir, 'content-check')) : ParseCache.none();
  const { content, problems } = await checkContentDir(dir, root, { cache });
  await cache.save();
  if (problems.length > 0) {
    // Nothing is kept from content that failed: the next read checks it again.
    if (shared[SHARED]) shared[SHARED].changed = true;
    throw new Error(formatProblems(problems));
  }
  shared[SHARED] = { dir, content, ...(cacheDir ? { cacheDir } : {}), changed: false };
  return content;
}

/** This build's checked content; under the dev server, checked again after a file in it changed. */
export async function checkedContent(root: string): Promise<CheckedContent> {
  const last = shared[SHARED];
  if (last?.dir === contentDir(root) && !last.changed) return last.content;
  // Files parsed before come from the parse cache, so only the edited file is parsed again.
  return checkAndKeep(root, last?.cacheDir ? { cacheDir: last.cacheDir } : {});
}

/** Marks the content as edited (the dev server's watcher): the next read checks it again. */
export function contentChanged(): void {
  const last = shared[SHARED];
  if (last) last.changed = true;
}

let moved: { content: CheckedContent; paths: Set<string> } | undefined;
/** Whether a page address is a moved one (a redirect page), in either language; they are not listed in the sitemap. */
export function isMovedAddress(url: string): boolean {
  const content = shared[SHARED]?.content;
  if (!content) return false;
  if (moved?.content !== content) moved = { content, paths: new Set(redirectsOf(content.permalinks).map(movedPath)) };
  return moved.paths.has(new URL(url, 'https://site.invalid').pathname.replace(/^\/es\//, '/'));
}

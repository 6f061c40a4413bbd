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
type Shared = { [SHARED]?: { dir: string; content: CheckedContent; dev: boolean } };
const shared = globalThis as Shared;

/**
 * Checks the content folder; throws the editor's report if anything is wrong, else keeps and
 * returns it. `dev`: the dev server, where editors change files while pages are served.
 * `cacheDir`: where files parsed by the last build are kept, so only changed files are parsed again.
 */
export async function checkAndKeep(
  root: string,
  { dev = false, cacheDir }: { dev?: boolean; cacheDir?: string } = {},
): Promise<CheckedContent> {
  const dir = contentDir(root);
  delete shared[SHARED];
  const cache = cacheDir ? await ParseCache.open(path.join(cacheDir, 'content-check')) : ParseCache.none();
  const { content, problems } = await checkContentDir(dir, root, { cache });
  await cache.save();
  if (problems.length > 0) throw new Error(formatProblems(problems));
  shared[SHARED] = { dir, content, dev };
  return content;
}

/** This build's checked content; read afresh on every call under the dev server, so edits show. */
export async function checkedContent(root: string): Promise<CheckedContent> {
  const last = shared[SHARED];
  if (last?.dir === contentDir(root) && !last.dev) return last.content;
  return checkAndKeep(root, { dev: last?.dev ?? false });
}

/** Whether pages are being served by the dev server (set by the content check at start). */
export function isDevServer(): boolean {
  return shared[SHARED]?.dev ?? false;
}

let moved: { content: CheckedContent; paths: Set<string> } | undefined;
/** Whether a page address is a moved one (a redirect page), in either language; they are not listed in the sitemap. */
export function isMovedAddress(url: string): boolean {
  const content = shared[SHARED]?.content;
  if (!content) return false;
  if (moved?.content !== content) moved = { content, paths: new Set(redirectsOf(content.permalinks).map(movedPath)) };
  return moved.paths.has(new URL(url, 'https://site.invalid').pathname.replace(/^\/es\//, '/'));
}

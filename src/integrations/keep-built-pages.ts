/**
 * Rebuilds leave the last build's pages in the output folder instead of emptying it and copying
 * 44,000 unchanged files back from Astro's cache (1,000 sheets). Astro then counts a page whose
 * cache key is unchanged as already built, and renders only the rest.
 *
 * Safe because the kept pages are exactly what the last successful build wrote:
 * - the list of them is deleted when a build starts and written again only when the pages of a
 *   build are all written, so after a failed build the next one starts from an empty folder;
 * - everything else (scripts, styles, sitemap, public/) is deleted and rebuilt; the search index
 *   and the oEmbed files are rewritten in place, files no longer generated deleted (publish-files.ts);
 * - pages this build no longer makes are deleted before the sitemap, CSP and search index look.
 * A build empties only an output folder inside the project, never the project itself or a folder
 * of its sources: a mistyped FS_OUT_DIR stops the build instead of deleting someone's files.
 */
import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS, localePath } from '../lib/locales.ts';
import { listFiles } from './list-files.ts';

const LIST_FILE = 'fs-built-pages.json';
/**
 * Folders a build start leaves alone: a deploy's git folder, and the files that integrations update
 * in place (publish-files.ts): the search index and the oEmbed files of each language.
 */
const KEEP_FOLDERS = new Set([
  '.git',
  'pagefind',
  ...LANGS.map((lang) => path.normalize(localePath(lang, '/oembed').slice(1))),
]);

/** Folders of the project that hold its sources, never an output folder. */
const SOURCE_FOLDERS = new Set(['.git', 'bench', 'content', 'docs', 'node_modules', 'public', 'src', 'tests']);

/** Why a folder may not be emptied as an output folder, or undefined when it may. */
export function unsafeOutDir(outDir: string, root: string): string | undefined {
  const rel = path.relative(root, outDir);
  if (rel === '') return 'is the project folder itself';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return 'is outside the project';
  const top = rel.split(path.sep)[0]!;
  if (SOURCE_FOLDERS.has(top)) return `is inside the project's ${top}/ folder, which holds sources`;
  return undefined;
}

interface BuiltPages {
  outDir: string;
  files: string[];
}

/** Deletes files (paths relative to dir), then the folders that leaves empty. */
async function remove(dir: string, files: string[]): Promise<void> {
  await Promise.all(files.map((file) => rm(path.join(dir, file), { force: true })));
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so a folder's empty subfolders are gone before it is tried.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(path.join(dir, folder)).catch(() => undefined); // not empty: keep it
  }
}

export function keepBuiltPages(): AstroIntegration {
  let listFile = '';
  let outDir = '';
  let root = '';
  let kept = new Set<string>();
  let startedAt = 0;
  return {
    name: 'fs:keep-built-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        listFile = path.join(fileURLToPath(config.cacheDir), LIST_FILE);
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        const unsafe = unsafeOutDir(outDir, root);
        if (unsafe) {
          throw new Error(
            `The output folder ${outDir} ${unsafe}. A build empties its output folder, so it must be a folder of its own inside the project (${root}); set FS_OUT_DIR to one, such as .tmp/site.`,
          );
        }
        startedAt = Date.now();
        const last = await readFile(listFile, 'utf8')
          .then((text) => JSON.parse(text) as BuiltPages)
          .catch(() => undefined);
        await rm(listFile, { force: true });
        // Another output folder's list says nothing about this one.
        kept = new Set(last?.outDir === outDir ? last.files : []);
        const doomed = listFiles(outDir, KEEP_FOLDERS).filter((f) => !kept.has(f));
        await remove(outDir, doomed);
      },
      'astro:build:done': async ({ assets, logger }) => {
        const built = new Set([...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url))));
        // A kept page this build did not make, unless something else (public/) wrote it since.
        const stale = [];
        for (const file of kept) {
          if (built.has(file)) continue;
          const untouched = await stat(path.join(outDir, file)).then(
            (s) => s.mtimeMs < startedAt,
            () => false,
          );
          if (untouched) stale.push(file);
        }
        await remove(outDir, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} page(s) no longer built`);
        await mkdir(path.dirname(listFile), { recursive: true });
        await writeFile(listFile, JSON.stringify({ outDir, files: [...built] } satisfies BuiltPages));
      },
    },
  };
}

/**
 * Astro integration that runs the content check before anything is built, so a bad fact,
 * source or dataset stops the build with an editor-readable report. Also runnable on its
 * own: `npm run validate`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentDir, formatProblems } from '../lib/content/check.ts';
import { movedPath, redirectsOf } from '../lib/content/permalinks.ts';

/** Where content lives; `FS_CONTENT_DIR` points builds at another folder (tests, benchmark). */
export function contentDir(root: string): string {
  return path.resolve(root, process.env['FS_CONTENT_DIR'] ?? 'content');
}

type Checked = Awaited<ReturnType<typeof checkContentDir>>['content'];
let lastChecked: { dir: string; content: Checked } | undefined;

/**
 * The content as this build's check read it, so later steps (the search index) do not parse and
 * validate every file a second time.
 */
export async function checkedContent(root: string): Promise<Checked> {
  const dir = contentDir(root);
  if (lastChecked?.dir === dir) return lastChecked.content;
  const { content, problems } = await checkContentDir(dir, root);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return content;
}

/**
 * Whether a page address is a moved one (a redirect page from content/permalinks.yaml), in either
 * language. Redirect pages are not pages to list in the sitemap. Answers from this build's check.
 */
export function isMovedAddress(url: string): boolean {
  const content = lastChecked?.content;
  if (!content) return false;
  if (moved?.content !== content) moved = { content, paths: new Set(redirectsOf(content.permalinks).map(movedPath)) };
  return moved.paths.has(new URL(url, 'https://site.invalid').pathname.replace(/^\/es\//, '/'));
}
let moved: { content: Checked; paths: Set<string> } | undefined;

export function contentCheck(): AstroIntegration {
  return {
    name: 'fs:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const dir = contentDir(root);
        lastChecked = undefined;
        const { content, problems } = await checkContentDir(dir, root);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        lastChecked = { dir, content };
        logger.info(
          `content ok: ${content.articles.length} articles, ${content.facts.length} facts, ` +
            `${content.datasets.length} datasets, ${content.sources.length} sources`,
        );
      },
    },
  };
}

if (import.meta.main) {
  const root = process.cwd();
  const { content, problems } = await checkContentDir(contentDir(root), root);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  console.log(
    `content ok: ${content.articles.length} articles, ${content.facts.length} facts, ${content.datasets.length} datasets, ${content.sources.length} sources`,
  );
}

/**
 * Astro integration that runs the content check before anything is built, so a bad fact,
 * source or dataset stops the build with an editor-readable report. Also runnable on its
 * own: `npm run validate`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReadings, sheetReadings } from '../lib/content/check-plain-words.ts';
import { checkContentDir, formatProblems } from '../lib/content/check.ts';
import { checkAndKeep, contentDir } from '../lib/content/checked.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'fs:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const content = await checkAndKeep(fileURLToPath(config.root), { cacheDir: fileURLToPath(config.cacheDir) });
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
  // Reported, never enforced: only a sentence over the word limit fails the check.
  console.log(formatReadings(sheetReadings(content)));
}

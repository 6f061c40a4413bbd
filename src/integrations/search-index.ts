/**
 * Builds the Pagefind search index with the site (offline, from npm). Pages are indexed from their
 * <main data-pagefind-body> once built; every published fact is also added as its own record whose
 * address is its anchor in its sheet, so a search lands on the fact itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { publishFiles } from './publish-files.ts';
import { statementText } from '../lib/content/fact-text.ts';
import { factText } from '../lib/content/localize.ts';
import { localePath } from '../i18n/lang.ts';
import { t } from '../i18n/ui.ts';
import { checkedContent } from '../lib/content/checked.ts';

/**
 * The pages Pagefind reads: the home, section pages one folder deep and the sheets, in both
 * languages. Fact pages (two folders deep) are left out: they have nothing marked searchable (their
 * facts are records below), and reading them all would take most of the indexing time.
 * tests/build/reach.test.ts checks that every page marked searchable is in the index.
 */
const SEARCHABLE_PAGES =
  '{*.html,*/index.html,articles/*/index.html,es/*.html,es/*/index.html,es/articles/*/index.html}';

/** Adds every published fact as a record whose address is its anchor in its sheet. */
async function addFactRecords(index: pagefind.PagefindIndex, root: string): Promise<number> {
  const content = await checkedContent(root);
  const titles = {
    en: new Map(content.articles.map((a) => [a.id, a.data.title])),
    es: new Map(content.articlesEs.map((a) => [a.id, a.data.title])),
  };
  const published = content.facts.flatMap(({ id, article, data }) =>
    data.status === 'unverified' ? [] : [{ id, article, data }],
  );
  // Records are sent all at once: one at a time, Pagefind's round trips add up to seconds.
  const records = await Promise.all(
    published.flatMap((fact) =>
      (['en', 'es'] as const).map((lang) =>
        index.addCustomRecord({
          url: localePath(lang, `/articles/${fact.article}/#${fact.id}`),
          content: [statementText(fact.data, lang), factText(fact.data, lang).caveat ?? ''].join(' '),
          language: lang,
          meta: {
            title: statementText(fact.data, lang),
            sheet: titles[lang].get(fact.article) ?? '',
            year: fact.data.year.label,
            grade: t(lang, `grade.${fact.data.grade}`),
          },
          filters: { type: ['fact'] },
        }),
      ),
    ),
  );
  const failed = records.flatMap((r) => r.errors);
  if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
  return published.length;
}

/**
 * Two integrations: the first starts the index with the build (facts need only the checked content)
 * and hands Pagefind the pages once they are written; the second, placed last, waits for the index
 * and publishes it. Pagefind works in its own process, so the integrations between them (sitemap,
 * CSP, oEmbed files) run on this one meanwhile.
 */
export function searchIndex(): [AstroIntegration, AstroIntegration] {
  let root = '';
  let started: Promise<{ index: pagefind.PagefindIndex; facts: number }> | undefined;
  let indexed: Promise<{ files: { path: string; content: Uint8Array }[]; pages: number; facts: number }> | undefined;
  const indexing: AstroIntegration = {
    name: 'fs:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        started = (async () => {
          // Pages are indexed in their <html lang>; Pagefind keeps one index per language.
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          return { index, facts: await addFactRecords(index, root) };
        })();
        // Reported when awaited below; a build that fails first never gets there.
        started.catch(() => undefined);
      },
      'astro:build:done': ({ dir }) => {
        if (!started) throw new Error('the search index was not started with the build');
        indexed = started.then(async ({ index, facts }) => {
          const pages = await index.addDirectory({ path: fileURLToPath(dir), glob: SEARCHABLE_PAGES });
          if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
          const built = await index.getFiles();
          if (built.errors.length) throw new Error(`Pagefind: ${built.errors.join('; ')}`);
          return { files: built.files, pages: pages.page_count, facts };
        });
        indexed.catch(() => undefined);
      },
    },
  };
  const publishing: AstroIntegration = {
    name: 'fs:search-index-publish',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexed) throw new Error('the search index was not given the pages');
        const { files, pages, facts } = await indexed;
        // Rewriting 22,000 index files anew took most of a rebuild's indexing time (1,000 sheets).
        await publishFiles(path.join(fileURLToPath(dir), 'pagefind'), files);
        await pagefind.close();
        logger.info(`search index: ${pages} pages, ${facts} facts`);
      },
    },
  };
  return [indexing, publishing];
}

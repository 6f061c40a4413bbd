/**
 * Builds the Pagefind search index with the site (offline, from npm). Pages are indexed from their
 * <main data-pagefind-body> once built; every published fact is also added as its own record whose
 * address is its anchor in its sheet, so a search lands on the fact itself.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
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

/** Files written or compared at once. */
const BATCH = 64;

/**
 * Writes the index into its folder, which rebuilds keep: a file already there with the same bytes
 * is left alone, and files of an older index are deleted. Creating 22,000 files anew took most of
 * the indexing time of a rebuild (1,000 sheets), though only a few of them change.
 */
export async function publishIndex(dir: string, files: { path: string; content: Uint8Array }[]): Promise<void> {
  const before = new Set(
    (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name))),
  );
  const unchanged = async (file: string, content: Uint8Array) =>
    before.has(file) &&
    Buffer.from(content.buffer, content.byteOffset, content.byteLength).equals(await readFile(path.join(dir, file)));
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async ({ path: file, content }) => {
        if (await unchanged(file, content)) return;
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }),
    );
  }
  const now = new Set(files.map((f) => f.path));
  await Promise.all([...before].filter((f) => !now.has(f)).map((f) => rm(path.join(dir, f), { force: true })));
}

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

export function searchIndex(): AstroIntegration {
  let root = '';
  // Facts need only the checked content, so they are indexed (by Pagefind's own process) while
  // Astro builds the pages; the pages are added once they are written.
  let started: Promise<{ index: pagefind.PagefindIndex; facts: number }> | undefined;
  return {
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
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (!started) throw new Error('the search index was not started with the build');
        const { index, facts } = await started;
        const pages = await index.addDirectory({ path: out, glob: SEARCHABLE_PAGES });
        if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
        const built = await index.getFiles();
        if (built.errors.length) throw new Error(`Pagefind: ${built.errors.join('; ')}`);
        await publishIndex(path.join(out, 'pagefind'), built.files);
        await pagefind.close();
        logger.info(`search index: ${pages.page_count} pages, ${facts} facts`);
      },
    },
  };
}

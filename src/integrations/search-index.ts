/**
 * Builds the Pagefind search index after the site is built (offline, from npm). Pages are
 * indexed from their <main data-pagefind-body>; every published fact is also added as its own
 * record whose address is its anchor in its sheet, so a search lands on the fact itself.
 */
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

export function searchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'fs:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const content = await checkedContent(root);
        const titles = {
          en: new Map(content.articles.map((a) => [a.id, a.data.title])),
          es: new Map(content.articlesEs.map((a) => [a.id, a.data.title])),
        };
        // Pages are indexed in their <html lang>; Pagefind keeps one index per language.
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: out, glob: SEARCHABLE_PAGES });
        if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
        // Records are sent all at once: one at a time, Pagefind's round trips add up to seconds.
        const published = content.facts.flatMap(({ id, article, data }) =>
          data.status === 'unverified' ? [] : [{ id, article, data }],
        );
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
        const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${pages.page_count} pages, ${published.length} facts`);
      },
    },
  };
}

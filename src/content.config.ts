import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, articleSpanishSchema } from './lib/content/schema.ts';

// Content lives at the project root in content/ (not src/content/). FS_CONTENT_DIR lets
// tests and the benchmark build another folder with the same pipeline.
// Only the MDX sheets are collections, because Astro renders them. Facts, sources, datasets,
// help lines and the permalink registry are read once, by the content check's parser
// (src/lib/content/check.ts), and reach pages through src/lib/content/store.ts.
const base = process.env['FS_CONTENT_DIR'] ?? './content';
const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
// Files and folders starting with "_" are drafts.
const published = [`**/[!_]*.mdx`, `!**/_*/**`];

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${base}/articles`, pattern: published, generateId: byFileName }),
    schema: articleSchema,
  }),
  // Spanish twins of the articles: same file name, same facts and charts, Spanish words. Their
  // frontmatter holds only the translated fields; the rest is the English sheet's.
  articlesEs: defineCollection({
    loader: glob({ base: `${base}/es/articles`, pattern: published, generateId: byFileName }),
    schema: articleSpanishSchema,
  }),
};

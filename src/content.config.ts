import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, datasetSchema, factSchema, sourceSchema } from './lib/content/schema.ts';

// Content lives at the project root in content/ (not src/content/). FS_CONTENT_DIR lets
// tests and the benchmark build another folder with the same pipeline.
const base = process.env['FS_CONTENT_DIR'] ?? './content';
const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
// Files and folders starting with "_" are drafts.
const published = (ext: string) => [`**/[!_]*.${ext}`, `!**/_*/**`];

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${base}/articles`, pattern: published('mdx'), generateId: byFileName }),
    schema: articleSchema,
  }),
  facts: defineCollection({
    loader: glob({ base: `${base}/facts`, pattern: published('yaml'), generateId: byFileName }),
    schema: factSchema,
  }),
  datasets: defineCollection({
    loader: glob({ base: `${base}/datasets`, pattern: published('yaml'), generateId: byFileName }),
    schema: datasetSchema,
  }),
  sources: defineCollection({
    loader: glob({ base: `${base}/sources`, pattern: published('yaml'), generateId: byFileName }),
    schema: sourceSchema,
  }),
};

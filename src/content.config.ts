import { defineCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { file, glob } from 'astro/loaders';
import { articleSchema, datasetSchema, factSchema, helpLinesSchema, sourceSchema } from './lib/content/schema.ts';
import { permalinkSchema } from './lib/content/permalinks.ts';

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
  // Spanish twins of the articles: same slug, same facts and charts, Spanish words.
  articlesEs: defineCollection({
    loader: glob({ base: `${base}/es/articles`, pattern: published('mdx'), generateId: byFileName }),
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
  // The permalink registry, one entry (id "registry").
  permalinks: defineCollection({
    loader: file(`${base}/permalinks.yaml`, { parser: (text) => ({ registry: parseYaml(text) }) }),
    schema: permalinkSchema,
  }),
  // Help lines, one entry (id "help").
  helpLines: defineCollection({
    loader: file(`${base}/help-lines.yaml`, { parser: (text) => ({ help: parseYaml(text) }) }),
    schema: helpLinesSchema,
  }),
  sources: defineCollection({
    loader: glob({ base: `${base}/sources`, pattern: published('yaml'), generateId: byFileName }),
    schema: sourceSchema,
  }),
};

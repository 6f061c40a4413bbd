import { defineCollection } from 'astro:content';
import { checkedSheets } from './lib/content/sheet-loader.ts';
import { articleSchema, articleSpanishSchema } from './lib/content/schema.ts';

// Content lives at the project root in content/ (not src/content/); FS_CONTENT_DIR lets tests and
// the benchmark build another folder. Only the MDX sheets are collections, because Astro renders
// them; their records come from the content check (src/lib/content/check.ts), which reads every
// file in content/ once, so the schemas here give types and are not run again.
export const collections = {
  articles: defineCollection({ loader: checkedSheets('articles'), schema: articleSchema }),
  // Spanish twins of the articles: same file name, same facts and charts, Spanish words. Their
  // frontmatter holds only the translated fields; the rest is the English sheet's.
  articlesEs: defineCollection({ loader: checkedSheets('articlesEs'), schema: articleSpanishSchema }),
};

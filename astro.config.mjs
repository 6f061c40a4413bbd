// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';

// Markdown: Astro 7's default processor (Sätteri) has GitHub-flavoured Markdown built in,
// so remark-gfm is not a dependency (see README, "Markdown").
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://mexicofactsheets.org',
  trailingSlash: 'always',
  outDir: process.env.FS_OUT_DIR ?? './dist',
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
  vite: { plugins: [noPreloadHelper()] },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { isMovedAddress } from './src/lib/content/checked.ts';
import { keepBuiltPages } from './src/integrations/keep-built-pages.ts';
import { oembedFiles } from './src/integrations/oembed-files.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { quietHeadInjectWarning } from './src/integrations/quiet-head-inject-warning.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.ts';

const [searchIndexing, searchIndexPublishing] = searchIndex();

// Markdown: Astro 7's default processor (Sätteri) has GitHub-flavoured Markdown built in,
// so remark-gfm is not a dependency (see README, "Markdown").
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://mexicofactsheets.org',
  trailingSlash: 'always',
  outDir: process.env.FS_OUT_DIR ?? './dist',
  // Builds of other content folders (tests, benchmark) keep their own content cache.
  cacheDir: process.env.FS_ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    contentCheck(),
    // Before the integrations below read dist/: it removes pages no longer built.
    keepBuiltPages(),
    // Pagefind reads the pages in its own process while the integrations below run.
    searchIndexing,
    mdx(),
    // The 404 page is not a page to list. Every page links to its twin in the other language.
    // Not listed: page-not-found, moved addresses (redirect pages) and embeds (pages for other sites' frames).
    sitemap(sitemapAlternates((page) => /\/404\/?$/.test(page) || /\/embed\//.test(page) || isMovedAddress(page))),
    staticHeaders(),
    oembedFiles(),
    // Last: waits for Pagefind, then writes the index.
    searchIndexPublishing,
  ],
  devToolbar: { enabled: false },
  // The sheets have no code; Shiki's inline styles would also need a looser CSP.
  markdown: { syntaxHighlight: false },
  // English at /, Spanish at /es/ (both from src/pages/[...lang]/).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Pages and share cards are built eight at a time, so pages render on the main thread while
  // cards rasterise and encode on other threads.
  build: { concurrency: 8, inlineStylesheets: 'never' },
  scopedStyleStrategy: 'class',
  // Content-Security-Policy as a <meta> on every page, with hashes of Astro's own scripts and
  // styles (no 'unsafe-inline'). dist/_headers gets one site-wide policy allowing what any page
  // allows, plus frame-ancestors (src/integrations/static-headers.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [noPreloadHelper(), quietHeadInjectWarning()],
    // The dev server watches sources, not what builds write (tests build into .tmp/).
    server: { watch: { ignored: ['**/.tmp/**', '**/dist/**'] } },
  },
  // Rebuilds reuse a sheet's pages and cards from the last build when nothing they show has
  // changed (keys in src/lib/content/cache-keys.ts): left in dist/ by keepBuiltPages(), or
  // copied back from cacheDir.
  experimental: { incrementalBuild: true },
});

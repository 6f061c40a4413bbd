/**
 * Language alternates for @astrojs/sitemap, paired by address in one pass. The integration's own
 * `i18n` option compares every page with every other (6 s at 22,000 pages). It calls `filter` for
 * every page before it calls `serialize`, so `filter` records the listed addresses and `serialize`
 * links each page to its twin when both are listed.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { englishPath, LANGS, localePath, LOCALES } from '../lib/locales.ts';

export function sitemapAlternates(exclude: (url: string) => boolean) {
  const listed = new Set<string>();
  return {
    filter: (url: string) => {
      if (exclude(url)) return false;
      listed.add(url);
      return true;
    },
    serialize: (item: SitemapItem): SitemapItem => {
      const { origin, pathname } = new URL(item.url);
      const english = englishPath(pathname);
      const twins = LANGS.map((lang) => ({ url: `${origin}${localePath(lang, english)}`, lang: LOCALES[lang].tag }));
      return twins.every((twin) => listed.has(twin.url)) ? { ...item, links: twins } : item;
    },
  };
}

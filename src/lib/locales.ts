/**
 * The site's languages, one row each, with every code a page, feed, sitemap or formatter needs:
 * the path prefix, the BCP-47 tag (hreflang, feeds, structured data), the <html lang>, the Open
 * Graph locale and the Intl locale. Nothing else spells a locale code.
 */
export const LOCALES = {
  en: { prefix: '', tag: 'en-US', htmlLang: 'en', ogLocale: 'en_US', intl: 'en-US' },
  es: { prefix: '/es', tag: 'es-MX', htmlLang: 'es', ogLocale: 'es_MX', intl: 'es-MX' },
} as const;

export type Lang = keyof typeof LOCALES;
/** Every language, English (the default, at /) first. */
export const LANGS = Object.keys(LOCALES) as Lang[];
/** The other language of each: the language switcher's target. */
export const OTHER: Record<Lang, Lang> = { en: 'es', es: 'en' };

/** The English form of a path (without the /es prefix). */
export function englishPath(path: string): string {
  return path === '/es' || path === '/es/' ? '/' : path.replace(/^\/es(?=\/)/, '');
}

/** A site path in a language: "/facts/x/" → "/es/facts/x/" for Spanish. */
export function localePath(lang: Lang, path: string): string {
  const bare = englishPath(path);
  // "Page not found" is 404.html in English (what static hosts serve) and a plain page in Spanish.
  if (/^\/404(\.html|\/)?$/.test(bare)) return lang === 'es' ? '/es/404/' : '/404.html';
  return `${LOCALES[lang].prefix}${bare}`;
}

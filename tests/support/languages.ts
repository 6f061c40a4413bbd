/**
 * The site's languages as a reader meets them: English at /, Spanish under /es/. Written out here,
 * not read from src/lib/locales.ts, so the tests say independently what the site must serve
 * (tests/unit/i18n.test.ts checks the two agree).
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The path prefix of a language's pages. */
export const prefixOf = (lang: Lang) => (lang === 'es' ? '/es' : '');

/** Each language with the prefix of its pages, for `for (const [lang, prefix] of LANGUAGES)` and `it.each`. */
export const LANGUAGES = LANGS.map((lang) => [lang, prefixOf(lang)] as const);

/** Which language a page is in, and the same path in the other language. */
import type { Lang } from '../lib/format.ts';

/** The page's language, from Astro's i18n routing (Spanish pages live under /es/). */
export function pageLang(astro: { currentLocale?: string | undefined }): Lang {
  return astro.currentLocale === 'es' ? 'es' : 'en';
}

/** A site path in a language: "/facts/x/" → "/es/facts/x/" for Spanish. */
export function localePath(lang: Lang, path: string): string {
  const bare = englishPath(path);
  // "Page not found" is 404.html in English (what static hosts serve) and a plain page in Spanish.
  if (/^\/404(\.html|\/)?$/.test(bare)) return lang === 'es' ? '/es/404/' : '/404.html';
  return lang === 'es' ? `/es${bare}` : bare;
}

/** The English form of a path (without the /es prefix). */
export function englishPath(path: string): string {
  return path === '/es' || path === '/es/' ? '/' : path.replace(/^\/es(?=\/)/, '');
}

export const OTHER: Record<Lang, Lang> = { en: 'es', es: 'en' };

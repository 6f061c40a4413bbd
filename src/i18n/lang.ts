/** Which language a page is in; paths and codes come from the locale table (lib/locales.ts). */
import type { Lang } from '../lib/locales.ts';

export { englishPath, localePath, OTHER } from '../lib/locales.ts';

/** The page's language, from Astro's i18n routing (Spanish pages live under /es/). */
export function pageLang(astro: { currentLocale?: string | undefined }): Lang {
  return astro.currentLocale === 'es' ? 'es' : 'en';
}

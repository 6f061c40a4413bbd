/** Site-wide facts about the site itself (not about Mexico): name, licence, navigation. */
export const SITE = {
  /** The site's name in English; `siteName(lang)` gives it in the reader's language. */
  name: 'Mexico Fact Sheets',
  names: { en: 'Mexico Fact Sheets', es: 'Fichas sobre México' },
  tagline: 'Checked facts on human trafficking, emigration and cartel violence in Mexico',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

/** The site's name in a language: what titles, the header, feeds, cards and citations call the site. */
export function siteName(lang: 'en' | 'es'): string {
  return SITE.names[lang];
}

/** The main navigation: English paths and the key of their label in src/i18n/ui.ts. */
export const NAV = [
  { href: '/', label: 'nav.sheets' },
  { href: '/search/', label: 'nav.search' },
  { href: '/sources/', label: 'nav.sources' },
  { href: '/corrections/', label: 'nav.corrections' },
  { href: '/about/', label: 'nav.method' },
] as const;

/** Where "Leave this site" goes: an everyday page that gives nothing away about what was being read. */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';

/** Theme colours for the web app manifest and the browser's address bar. */
export const THEME = { light: '#0b5cad', dark: '#14171b', background: '#ffffff' } as const;

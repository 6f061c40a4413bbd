/** Site-wide facts about the site itself (not about Mexico): name, licence, navigation. */
export const SITE = {
  name: 'Mexico Fact Sheets',
  tagline: 'Checked facts on human trafficking, emigration and cartel violence in Mexico',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

export const NAV = [
  { href: '/', label: 'Fact sheets' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'How we check' },
] as const;

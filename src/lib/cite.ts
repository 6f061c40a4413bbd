/** "Cite this": APA, MLA, Chicago and BibTeX citations of a fact page or a fact sheet. */

export interface Citable {
  /** Title of the page: the fact's statement, or the fact sheet's title. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Date of the last fact check (the page's "last reviewed" date). */
  date: Date;
  /** Key for BibTeX, e.g. "mfs-gsi-2018-mexico-estimate". */
  key: string;
  /** Publisher (and group author). */
  site: string;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';
export const CITATION_STYLES: { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA' },
  { id: 'mla', label: 'MLA' },
  { id: 'chicago', label: 'Chicago' },
  { id: 'bibtex', label: 'BibTeX' },
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA abbreviates months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A title without its closing full stop, so styles can add their own punctuation. */
const bare = (title: string) => title.trim().replace(/[.。]+$/, '');

function parts(date: Date) {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

function escapeBibtex(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([{}%$&#_])/g, '\\$1');
}

/** Formats a citation in one style, as plain text. */
export function formatCitation(item: Citable, style: CitationStyle): string {
  const { y, m, d } = parts(item.date);
  const title = bare(item.title);
  switch (style) {
    case 'apa':
      // Group author that is also the site: the site name is not repeated.
      return `${item.site}. (${y}, ${MONTHS[m]} ${d}). ${title}. ${item.url}`;
    case 'mla':
      return `"${title}." ${item.site}, ${d} ${MLA_MONTHS[m]} ${y}, ${item.url.replace(/^https?:\/\//, '')}.`;
    case 'chicago':
      return `${item.site}. "${title}." Last modified ${MONTHS[m]} ${d}, ${y}. ${item.url}.`;
    case 'bibtex':
      return [
        `@misc{${item.key},`,
        `  author = {{${escapeBibtex(item.site)}}},`,
        `  title = {${escapeBibtex(title)}},`,
        `  year = {${y}},`,
        `  month = ${BIBTEX_MONTHS[m]},`,
        `  url = {${item.url}},`,
        `  note = {Last reviewed ${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}}`,
        `}`,
      ].join('\n');
  }
}

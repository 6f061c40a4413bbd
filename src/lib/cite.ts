/** "Cite this": APA, MLA, Chicago and BibTeX citations of a fact page or a fact sheet. */
import { monthName, type Lang } from './format.ts';

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

// MLA abbreviates English months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The words a citation needs in the reader's language, from the interface text (src/i18n/ui.ts). */
export interface CitationWords {
  lang: Lang;
  /** Chicago's "Last modified". */
  lastModified: string;
  /** BibTeX's note: "Last reviewed". */
  lastReviewed: string;
}
const ENGLISH: CitationWords = { lang: 'en', lastModified: 'Last modified', lastReviewed: 'Last reviewed' };

/** A title without its closing full stop, so styles can add their own punctuation. */
const bare = (title: string) => title.trim().replace(/[.。]+$/, '');

function parts(date: Date) {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

function escapeBibtex(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([{}%$&#_])/g, '\\$1');
}

/** Formats a citation in one style, as plain text, with month names and words in the reader's language. */
export function formatCitation(item: Citable, style: CitationStyle, words: CitationWords = ENGLISH): string {
  const { y, m, d } = parts(item.date);
  const title = bare(item.title);
  const es = words.lang === 'es';
  const month = monthName(item.date, words.lang);
  switch (style) {
    case 'apa':
      // Group author that is also the site: the site name is not repeated.
      return es
        ? `${item.site}. (${y}, ${d} de ${month}). ${title}. ${item.url}`
        : `${item.site}. (${y}, ${month} ${d}). ${title}. ${item.url}`;
    case 'mla': {
      const short = es ? `${monthName(item.date, 'es', 'short').replace(/\.$/, '')}.` : MLA_MONTHS[m];
      return `"${title}." ${item.site}, ${d} ${short} ${y}, ${item.url.replace(/^https?:\/\//, '')}.`;
    }
    case 'chicago':
      return es
        ? `${item.site}. "${title}." ${words.lastModified} ${d} de ${month} de ${y}. ${item.url}.`
        : `${item.site}. "${title}." ${words.lastModified} ${month} ${d}, ${y}. ${item.url}.`;
    case 'bibtex':
      return [
        `@misc{${item.key},`,
        `  author = {{${escapeBibtex(item.site)}}},`,
        `  title = {${escapeBibtex(title)}},`,
        `  year = {${y}},`,
        `  month = ${BIBTEX_MONTHS[m]},`,
        `  url = {${item.url}},`,
        `  note = {${words.lastReviewed} ${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}}`,
        `}`,
      ].join('\n');
  }
}

/** The id of a citation's text on a page, which copy buttons name as their target. */
export function citationId(key: string, style: CitationStyle): string {
  return `cite-${key}-${style}`;
}

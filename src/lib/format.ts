/** Number, date and year formatting shared by prose, fact cards, tables and charts. */
import type { DataYear, Qualifier, Unit } from './content/schema.ts';

import { LOCALES, type Lang } from './locales.ts';

export type { Lang };

// Building an Intl formatter costs far more than using one, and a build formats tens of thousands
// of figures, so each formatter is made once per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}
const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions) =>
  formatter(`number ${lang} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[lang].intl, options));
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  formatter(`date ${lang} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALES[lang].intl, options));

const QUALIFIER_WORDS: Record<Lang, Record<Qualifier, string>> = {
  en: { about: 'about', 'more-than': 'more than', almost: 'almost', 'at-least': 'at least' },
  es: { about: 'alrededor de', 'more-than': 'más de', almost: 'casi', 'at-least': 'al menos' },
};

const SCALE_WORDS: Record<Lang, [number, string][]> = {
  en: [
    [1e9, 'billion'],
    [1e6, 'million'],
  ],
  es: [
    [1e9, 'mil millones'],
    [1e6, 'millones'],
  ],
};

/** The words that stand before a figure ("more than"), in a language. */
export function qualifierWords(qualifier: Qualifier, lang: Lang = 'en'): string {
  return QUALIFIER_WORDS[lang][qualifier];
}

/** Formats a figure for readers: "43.6%", "341,000", "$2.8 billion", with its qualifier. */
export function formatValue(value: number, unit: Unit, lang: Lang = 'en', qualifier?: Qualifier): string {
  let text: string;
  if (unit === 'percent' || unit === 'percent-change') {
    text = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  } else if (unit === 'usd') {
    const scale = SCALE_WORDS[lang].find(([size]) => Math.abs(value) >= size);
    const money = numberFormat(lang, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: lang === 'es' ? 'code' : 'symbol',
      minimumFractionDigits: 0,
      maximumFractionDigits: scale ? 1 : 0,
    });
    text = scale ? `${money.format(value / scale[0])} ${scale[1]}` : money.format(value);
    if (lang === 'es') text = text.replace(/^USD\s?/, 'US$');
  } else {
    text = numberFormat(lang, { maximumFractionDigits: 1 }).format(value);
  }
  return qualifier ? `${qualifierWords(qualifier, lang)} ${text}` : text;
}

/** What a reader must know about a unit beyond its symbol: which year's dollars an amount is in. */
export function unitNote(unit: Unit, year: DataYear, lang: Lang = 'en'): string | undefined {
  if (unit !== 'usd') return undefined;
  const single = year.from === year.to;
  if (lang === 'es') {
    return single
      ? `dólares estadounidenses de ${year.label}, sin ajustar por inflación`
      : `dólares estadounidenses de cada año (${year.label}), sin ajustar por inflación`;
  }
  return single
    ? `US dollars of ${year.label}, not adjusted for inflation`
    : `US dollars of each year (${year.label}), not adjusted for inflation`;
}

/** Formats a plain number for tables and axes ("14,596"). */
export function formatNumber(value: number, lang: Lang = 'en'): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).format(value);
}

/** Formats a calendar date ("June 17, 2019"); dates are read as UTC so no reader sees the day before. */
export function formatDate(date: Date, lang: Lang = 'en'): string {
  return dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A date's month in words ("November", "noviembre"; short: "Nov", "nov"), read as UTC. */
export function monthName(date: Date, lang: Lang = 'en', width: 'long' | 'short' = 'long'): string {
  return dateFormat(lang, { month: width, timeZone: 'UTC' }).format(date);
}

/** A month and its year in words ("June 2026", "junio de 2026"), read as UTC. */
export function formatMonth(date: Date, lang: Lang = 'en'): string {
  return dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** ISO form of a date for `<time datetime>` ("2019-06-17"). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The data year as readers see it: "2016" or "2008–2016". */
export function formatDataYear(year: DataYear): string {
  return year.label;
}

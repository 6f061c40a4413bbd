/**
 * A record in the reader's language. A record's `es` part holds exactly its translated fields
 * (TRANSLATED in schema.ts), and the content check guarantees each is there, so Spanish is the
 * English record with those fields replaced.
 */
import type { Lang } from '../format.ts';
import type { Dataset, Fact, Source, SourceRef } from './schema.ts';

/** An English record with its Spanish fields laid over it; objects (a correction) are merged. */
export function inLanguage<T extends object>(english: T, spanish: Partial<T> | undefined): T {
  if (!spanish) return english;
  const merged: Record<string, unknown> = { ...(english as Record<string, unknown>) };
  for (const [key, value] of Object.entries(spanish)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = base && typeof base === 'object' && !Array.isArray(base) ? { ...base, ...value } : value;
  }
  return merged as T;
}

/** A fact in a language. */
export function factIn(fact: Fact, lang: Lang): Fact {
  return lang === 'es' ? inLanguage(fact, fact.es as Partial<Fact> | undefined) : fact;
}

export interface FactText {
  statement: string;
  caveat: string | undefined;
  correction: { original: string; explanation: string } | undefined;
  claim: string | undefined;
  why: string | undefined;
  /** The headline figure's label, when the fact has one. */
  headlineLabel: string | undefined;
}

/** A fact's words in a language. */
export function factText(fact: Fact, lang: Lang): FactText {
  const f = factIn(fact, lang);
  return {
    statement: f.status === 'unverified' ? '' : f.statement,
    caveat: f.caveat,
    correction: f.status === 'corrected' ? f.correction : undefined,
    claim: f.status === 'corrected' ? undefined : f.claim,
    why: f.status === 'unverified' ? f.why : undefined,
    headlineLabel: f.status === 'unverified' ? undefined : f.headline?.label,
  };
}

/** A dataset's words in a language. */
export function datasetText(dataset: Dataset, lang: Lang) {
  const es = lang === 'es' ? dataset.es : undefined;
  const { title, takeaway, note, xTitle } = inLanguage(dataset, es as Partial<Dataset> | undefined);
  return {
    title,
    takeaway,
    note,
    xTitle,
    /** An x value as readers see it: categories translated, years as they are. */
    label: (x: string | number) => es?.labels?.[String(x)] ?? String(x),
    seriesName: (i: number) => es?.series?.[i]?.name ?? dataset.series[i]!.name,
    pointNote: (i: number, x: string | number) =>
      es?.series?.[i]?.notes?.[String(x)] ?? dataset.series[i]!.points.find((p) => String(p.x) === String(x))?.note,
  };
}

/** Where in a source a figure stands, in a language (a locator is our words). */
export function locatorText(ref: SourceRef, lang: Lang): string | undefined {
  return (lang === 'es' ? ref.es?.locator : undefined) ?? ref.locator;
}

/** A source's title as readers see it: as published, or (untitled) our description in their language. */
export function sourceTitle(source: Source, lang: Lang): string {
  return source.untitled && lang === 'es' ? (source.es?.title ?? source.title) : source.title;
}

/** Who published a source, in a language: names stay, our words around them are translated. */
export function publisherText(source: Source, lang: Lang): string {
  return (lang === 'es' ? source.es?.publisher : undefined) ?? source.publisher;
}

/** A source's note in a language; titles stay in their original language. */
export function sourceNote(source: Source, lang: Lang): string | undefined {
  return (lang === 'es' ? source.es?.note : undefined) ?? source.note;
}

/** The text of a fact, dataset or source in the reader's language (content check guarantees Spanish exists). */
import type { Lang } from '../format.ts';
import type { Dataset, Fact, Source } from './schema.ts';

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
  const es = lang === 'es' ? fact.es : undefined;
  if (fact.status === 'unverified') {
    return {
      statement: '',
      caveat: es?.caveat ?? fact.caveat,
      correction: undefined,
      claim: es?.claim ?? fact.claim,
      why: es?.why ?? fact.why,
      headlineLabel: undefined,
    };
  }
  return {
    statement: es?.statement ?? fact.statement,
    caveat: es?.caveat ?? fact.caveat,
    correction: fact.status === 'corrected' ? (es?.correction ?? fact.correction) : undefined,
    claim: fact.status === 'verified' ? (es?.claim ?? fact.claim) : undefined,
    why: undefined,
    headlineLabel: es?.headline?.label ?? fact.headline?.label,
  };
}

/** A dataset's words in a language. */
export function datasetText(dataset: Dataset, lang: Lang) {
  const es = lang === 'es' ? dataset.es : undefined;
  return {
    title: es?.title ?? dataset.title,
    takeaway: es?.takeaway ?? dataset.takeaway,
    note: es?.note ?? dataset.note,
    xTitle: es?.xTitle ?? dataset.xTitle,
    /** An x value as readers see it: categories translated, years as they are. */
    label: (x: string | number) => es?.labels?.[String(x)] ?? String(x),
    seriesName: (i: number) => es?.series?.[i]?.name ?? dataset.series[i]!.name,
    pointNote: (i: number, x: string | number) => es?.series?.[i]?.notes?.[String(x)] ?? dataset.series[i]!.points.find((p) => String(p.x) === String(x))?.note,
  };
}

/** A source's note in a language; titles stay in their original language. */
export function sourceNote(source: Source, lang: Lang): string | undefined {
  return (lang === 'es' ? source.es?.note : undefined) ?? source.note;
}

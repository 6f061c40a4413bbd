/**
 * A sheet's "In brief": plain sentences under its title that name figures only by placeholders,
 * `{fact:<fact-id>}` for a fact's value (with its qualifier) and `{year:<fact-id>}` for the year its
 * data describe. Pure: the check reads the placeholders, pages split each sentence into parts so
 * every figure shown is marked with the record it comes from.
 */
import { formatValue, type Lang } from '../format.ts';
import { resolvePlaceholder } from './check-figures.ts';
import type { Fact } from './schema.ts';

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** One part of a sentence: plain text, or a figure or year filled from a fact. */
export type BriefPart = { text: string } | { text: string; fact: string; kind: 'value' | 'year'; value?: number };

/** What an In brief placeholder names: a fact's value or its data year, or why it names nothing. */
export function resolveBriefPlaceholder(
  inner: string,
  facts: ReadonlyMap<string, Fact>,
): { fact: string; kind: 'value' | 'year' } | string {
  const m = /^(fact|year):(.+)$/.exec(inner);
  if (!m) return `{${inner}} is not a placeholder here: write {fact:<fact-id>} for a figure and {year:<fact-id>} for its data year`;
  const [, kind, id] = m as unknown as [string, 'fact' | 'year', string];
  // A figure is named as everywhere else (check-figures.ts); a year only needs a published fact.
  const named = resolvePlaceholder(`fact:${id}`, facts, new Map());
  if (kind === 'fact' && typeof named === 'string') return named;
  const f = facts.get(id);
  if (!f) return `{${inner}} names no fact "${id}"`;
  if (f.status === 'unverified') return `{${inner}} names an unverified claim, which is never stated as fact`;
  return { fact: id, kind: kind === 'fact' ? 'value' : 'year' };
}

/** The digits typed into a sentence outside its placeholders ("2019", "40"), in order. */
export function typedDigits(text: string): string[] {
  return [...text.replace(PLACEHOLDER, ' ').matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
}

/** The placeholders of a sentence, as written inside the braces. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** A checked sentence split into its parts, each placeholder filled in a language. */
export function briefParts(text: string, lang: Lang, facts: ReadonlyMap<string, Fact>): BriefPart[] {
  const parts: BriefPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const named = resolveBriefPlaceholder(m[1]!, facts);
    if (typeof named === 'string') throw new Error(`In brief: ${named}; the content check lets no such sentence through`);
    const fact = facts.get(named.fact)!;
    if (fact.status === 'unverified') continue;
    parts.push(
      named.kind === 'year'
        ? { text: fact.year.label, fact: named.fact, kind: 'year' }
        : { text: formatValue(fact.value!, fact.unit!, lang, fact.qualifier), fact: named.fact, kind: 'value', value: fact.value! },
    );
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  // A sentence that opens with a figure opens with a capital ("About 10,900,000 people…").
  const first = parts[0];
  if (first) first.text = first.text.charAt(0).toLocaleUpperCase(lang) + first.text.slice(1);
  return parts;
}

import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../src/lib/content/key-figures.ts';
import { factSchema, type Fact } from '../../src/lib/content/schema.ts';

const source = [{ id: 'a-source', quote: 'A quote.', checked: '2026-11-28' }];
const fact = (year: number, extra: Record<string, unknown> = {}): Fact =>
  factSchema.parse({
    status: 'verified',
    grade: 'official-count',
    statement: 'Counted {value} people.',
    value: 100,
    unit: 'people',
    headline: { label: 'people counted' },
    year,
    sources: source,
    ...extra,
  });

describe('key figures', () => {
  it('are the headline figures, newest data first, reading order kept among equals', () => {
    const facts: [string, Fact][] = [
      ['old', fact(2015)],
      ['new', fact(2020)],
      ['also-new', fact(2020)],
      ['middle', fact(2018)],
    ];
    expect(keyFigures(facts).map(([id]) => id)).toEqual(['new', 'also-new', 'middle', 'old']);
  });

  it('leave out figures a newer one replaces, facts without a headline, and unverified claims', () => {
    const facts: [string, Fact][] = [
      ['replaced', fact(2015, { newer: ['latest'] })],
      ['latest', fact(2019)],
      ['no-headline', fact(2021, { headline: undefined })],
      ['event', fact(2022, { value: undefined, unit: undefined, headline: undefined, statement: 'A meeting.' })],
      ['rumour', factSchema.parse({ status: 'unverified', claim: 'A claim.', why: 'No source.', year: 2023 })],
    ];
    expect(keyFigures(facts).map(([id]) => id)).toEqual(['latest']);
  });

  it('are at most five', () => {
    const facts = Array.from({ length: 8 }, (_, i): [string, Fact] => [`f${i}`, fact(2010 + i)]);
    expect(keyFigures(facts)).toHaveLength(5);
    expect(keyFigures(facts)[0]![0]).toBe('f7');
  });
});

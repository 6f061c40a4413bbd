import { describe, expect, it } from 'vitest';
import { cardFigures } from '../../src/lib/content/citations.ts';
import { keyFigures } from '../../src/lib/content/key-figures.ts';
import { factSchema, type Fact } from '../../src/lib/content/schema.ts';

const source = [{ id: 'a-source', quote: 'A quote.', checked: '2026-11-28' }];
const fact = (year: number | { from: number; to: number }, extra: Record<string, unknown> = {}): Fact =>
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

describe('a card with newer or related figures', () => {
  it('leads with the figure whose data are latest, then the others newest first', () => {
    const facts = new Map<string, Fact>([
      ['rating-2018', fact(2018, { newer: ['rating-2019', 'ratings-2020-2021', 'rating-2023', 'related-2016'] })],
      ['rating-2019', fact(2019)],
      ['ratings-2020-2021', fact({ from: 2020, to: 2021 })],
      ['rating-2023', fact(2023)],
      ['related-2016', fact(2016)],
    ]);
    expect(cardFigures('rating-2018', facts)).toEqual([
      'rating-2023',
      'ratings-2020-2021',
      'rating-2019',
      'rating-2018',
      'related-2016',
    ]);
  });

  it('keeps the placed fact in the lead when a related figure describes the same year', () => {
    const facts = new Map<string, Fact>([
      ['placed', fact(2020, { newer: ['same-year', 'older'] })],
      ['same-year', fact(2020)],
      ['older', fact(2010)],
    ]);
    expect(cardFigures('placed', facts)).toEqual(['placed', 'same-year', 'older']);
  });
});

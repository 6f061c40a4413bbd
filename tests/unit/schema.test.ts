import { describe, expect, it } from 'vitest';
import { articleSchema, datasetSchema, factSchema, sourceSchema } from '../../src/lib/content/schema.ts';

const verified = {
  status: 'verified',
  grade: 'modelled-estimate',
  statement: 'The index estimated {value} people.',
  value: 341000,
  unit: 'people',
  year: 2016,
  sources: ['walkfree-gsi-2018'],
};
const source = {
  publisher: 'CONEVAL',
  title: 'Medición de la pobreza',
  year: 2017,
  url: 'https://www.coneval.org.mx',
  accessed: '2026-11-28',
  kind: 'primary',
  type: 'government',
};
const dataset = {
  title: 'Asylum applications',
  takeaway: 'Applications rose.',
  unit: 'applications',
  year: { from: 2017, to: 2018 },
  sources: ['unhcr'],
  series: [{ name: 'COMAR', grade: 'official-count', points: [{ x: 2017, value: 14596 }] }],
};

/** Returns the path and message of the first issue, for readable assertions. */
function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'no issue';
}

describe('fact schema', () => {
  it('accepts a verified fact and normalises its year and sources', () => {
    const fact = factSchema.parse(verified);
    expect(fact.year).toEqual({ from: 2016, to: 2016, label: '2016' });
    expect(fact.sources).toEqual([{ id: 'walkfree-gsi-2018' }]);
  });

  it('labels a year range with an en dash', () => {
    expect(factSchema.parse({ ...verified, year: { from: 2008, to: 2016 } }).year.label).toBe('2008–2016');
  });

  it('accepts a corrected fact with its correction and an unverified claim with its reason', () => {
    expect(
      factSchema.safeParse({ ...verified, status: 'corrected', correction: { original: 'Said A.', explanation: 'B.' } })
        .success,
    ).toBe(true);
    expect(
      factSchema.safeParse({ status: 'unverified', claim: 'Said C.', why: 'Not found.', year: 2019 }).success,
    ).toBe(true);
  });

  describe.each([
    ['a missing statement', { ...verified, statement: undefined }, /^statement:/],
    ['no sources', { ...verified, sources: [] }, /^sources: must list at least one source/],
    ['a malformed source id', { ...verified, sources: ['Not An Id'] }, /^sources\.0\.id: must be a kebab-case id/],
    ['a year as words', { ...verified, year: 'last year' }, /^year: must be a year such as 2016/],
    ['a reversed range', { ...verified, year: { from: 2016, to: 2008 } }, /^year: "from" must not be later/],
    ['a NaN value', { ...verified, value: Number.NaN }, /^value: must be a finite number/],
    ['an infinite value', { ...verified, value: Number.POSITIVE_INFINITY }, /^value:/],
    ['an unknown unit', { ...verified, unit: 'furlongs' }, /^unit:/],
    ['an unknown status', { ...verified, status: 'probably' }, /^status: status must be one of/],
    ['a misspelt field', { ...verified, sorces: ['x'] }, /Unrecognized key.*sorces/],
    ['a corrected fact without its correction', { ...verified, status: 'corrected' }, /^correction:/],
    ['an unverified claim without its reason', { status: 'unverified', claim: 'Said C.', year: 2019 }, /^why:/],
  ])('rejects %s', (_name, input, expected) => {
    it('with a message naming the field', () => {
      const result = factSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(firstIssue(result)).toMatch(expected);
    });
  });
});

describe('source schema', () => {
  it('accepts a source and defaults its language to English', () => {
    expect(sourceSchema.parse(source).lang).toBe('en');
  });

  describe.each([
    ['an http address', { ...source, url: 'http://www.coneval.org.mx' }, /^url: must be an absolute https/],
    ['a relative address', { ...source, url: '/reports/x' }, /^url: must be an absolute https/],
    ['a missing publisher', { ...source, publisher: undefined }, /^publisher:/],
    ['an unknown kind', { ...source, kind: 'tertiary' }, /^kind: kind must be "primary" or "secondary"/],
    ['a bad access date', { ...source, accessed: 'yesterday' }, /^accessed: must be a real date written as YYYY-MM-DD/],
  ])('rejects %s', (_name, input, expected) => {
    it('with a message naming the field', () => {
      expect(firstIssue(sourceSchema.safeParse(input))).toMatch(expected);
    });
  });
});

describe('dataset schema', () => {
  it('accepts a dataset', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  describe.each([
    [
      'a NaN point',
      { ...dataset, series: [{ name: 'A', grade: 'official-count', points: [{ x: 2017, value: Number.NaN }] }] },
      /^series\.0\.points\.0\.value: must be a finite number/,
    ],
    [
      'a point without a value',
      { ...dataset, series: [{ name: 'A', grade: 'official-count', points: [{ x: 2017 }] }] },
      /^series\.0\.points\.0\.value/,
    ],
    [
      'an empty series',
      { ...dataset, series: [{ name: 'A', grade: 'official-count', points: [] }] },
      /^series\.0\.points: must have at least one point/,
    ],
    ['no series', { ...dataset, series: [] }, /^series: must have at least one series/],
  ])('rejects %s', (_name, input, expected) => {
    it('with a message naming the field', () => {
      expect(firstIssue(datasetSchema.safeParse(input))).toMatch(expected);
    });
  });
});

describe('article frontmatter schema', () => {
  const article = {
    title: 'T',
    summary: 'S',
    slug: 'human-trafficking',
    order: 1,
    published: '2026-11-28',
    reviewed: '2026-11-28',
    topics: ['trafficking'],
    original: { title: 'O', author: 'A', publication: 'P' },
  };
  it('accepts an article', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });
  it('rejects an article without its original reporting credited', () => {
    expect(firstIssue(articleSchema.safeParse({ ...article, original: undefined }))).toMatch(/^original:/);
  });
  it('rejects a slug that is not kebab-case', () => {
    expect(firstIssue(articleSchema.safeParse({ ...article, slug: 'Human Trafficking' }))).toMatch(/^slug:/);
  });
});

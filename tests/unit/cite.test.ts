import { describe, expect, it } from 'vitest';
import { formatCitation, type Citable } from '../../src/lib/cite.ts';

const fact: Citable = {
  title:
    'CONEVAL found that 43.6% of the population, or 53.4 million people, were in multidimensional poverty in 2016.',
  url: 'https://mexicofactsheets.org/facts/poverty-2016-coneval/',
  date: new Date('2026-11-28T00:00:00Z'),
  key: 'mfs-poverty-2016-coneval',
  site: 'Mexico Fact Sheets',
};
const sheet: Citable = {
  title: 'Human trafficking in Mexico: ten facts, checked',
  url: 'https://mexicofactsheets.org/articles/human-trafficking/',
  date: new Date('2027-06-03T00:00:00Z'),
  key: 'mfs-human-trafficking',
  site: 'Mexico Fact Sheets',
};

// Expected strings written by hand from the APA 7, MLA 9 and Chicago 17 rules for web pages.
describe.each([
  [
    'apa',
    'Mexico Fact Sheets. (2026, November 28). CONEVAL found that 43.6% of the population, or 53.4 million people, were in multidimensional poverty in 2016. https://mexicofactsheets.org/facts/poverty-2016-coneval/',
    'Mexico Fact Sheets. (2027, June 3). Human trafficking in Mexico: ten facts, checked. https://mexicofactsheets.org/articles/human-trafficking/',
  ],
  [
    'mla',
    '"CONEVAL found that 43.6% of the population, or 53.4 million people, were in multidimensional poverty in 2016." Mexico Fact Sheets, 28 Nov. 2026, mexicofactsheets.org/facts/poverty-2016-coneval/.',
    '"Human trafficking in Mexico: ten facts, checked." Mexico Fact Sheets, 3 June 2027, mexicofactsheets.org/articles/human-trafficking/.',
  ],
  [
    'chicago',
    'Mexico Fact Sheets. "CONEVAL found that 43.6% of the population, or 53.4 million people, were in multidimensional poverty in 2016." Last modified November 28, 2026. https://mexicofactsheets.org/facts/poverty-2016-coneval/.',
    'Mexico Fact Sheets. "Human trafficking in Mexico: ten facts, checked." Last modified June 3, 2027. https://mexicofactsheets.org/articles/human-trafficking/.',
  ],
] as const)('%s', (style, forFact, forSheet) => {
  it('cites a fact page', () => expect(formatCitation(fact, style)).toBe(forFact));
  it('cites a fact sheet', () => expect(formatCitation(sheet, style)).toBe(forSheet));
});

describe('bibtex', () => {
  it('escapes TeX special characters and keeps the group author in double braces', () => {
    expect(formatCitation(fact, 'bibtex')).toBe(
      [
        '@misc{mfs-poverty-2016-coneval,',
        '  author = {{Mexico Fact Sheets}},',
        '  title = {CONEVAL found that 43.6\\% of the population, or 53.4 million people, were in multidimensional poverty in 2016},',
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://mexicofactsheets.org/facts/poverty-2016-coneval/},',
        '  note = {Last reviewed 2026-11-28}',
        '}',
      ].join('\n'),
    );
  });
});

describe('in Spanish', () => {
  const words = { lang: 'es' as const, lastModified: 'Última modificación:', lastReviewed: 'Última revisión' };
  // Spanish editions of the styles put the day before the month and write the month in Spanish.
  it.each([
    [
      'apa',
      'Mexico Fact Sheets. (2027, 3 de junio). Human trafficking in Mexico: ten facts, checked. https://mexicofactsheets.org/articles/human-trafficking/',
    ],
    [
      'mla',
      '"Human trafficking in Mexico: ten facts, checked." Mexico Fact Sheets, 3 jun. 2027, mexicofactsheets.org/articles/human-trafficking/.',
    ],
    [
      'chicago',
      'Mexico Fact Sheets. "Human trafficking in Mexico: ten facts, checked." Última modificación: 3 de junio de 2027. https://mexicofactsheets.org/articles/human-trafficking/.',
    ],
  ] as const)('%s has no English word of its own', (style, expected) => {
    expect(formatCitation(sheet, style, words)).toBe(expected);
  });

  it('bibtex notes the review day in Spanish', () => {
    expect(formatCitation(sheet, 'bibtex', words)).toContain('note = {Última revisión 2027-06-03}');
  });
});

/**
 * What a sheet opens with: its "In brief" (sentences that name figures and years only by
 * placeholders, filled from the facts in each language) and the key figures its frontmatter names.
 * Each case copies the valid fixture, changes one thing as an editor might, and expects the exact
 * message naming the file and the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check.ts';
import { briefParts } from '../../src/lib/content/in-brief.ts';
import { siteModel } from '../../src/lib/content/site-model.ts';
import { storeOf, type Store } from '../../src/lib/content/store.ts';
import { sheetPageData } from '../../src/lib/page-data/sheet.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { all, edit, fixtureCopy, problemsAfter, removeCopies, TEST_DAY, write } from '../support/fixture-edits.ts';
import { FIXTURE_CONTENT } from '../support/site.ts';

const ARTICLE = 'articles/sample-sheet.mdx';
const ARTICLE_ES = 'es/articles/sample-sheet.mdx';
const SECOND = 'articles/second-sheet.mdx';
const TYPED = 'name a figure with {fact:<fact-id>} and its year with {year:<fact-id>}, so each comes from its record';
/** Names the sheet's key figures in its frontmatter. */
const keyFigures = (ids: string, file = ARTICLE) => edit(file, /^slug: (.*)$/m, `slug: $1\nkeyFigures: [${ids}]`);

afterAll(removeCopies);

let store: Store;
beforeAll(async () => {
  const { content } = await checkContentDir(FIXTURE_CONTENT, FIXTURE_CONTENT, { today: TEST_DAY });
  store = storeOf(content);
});

describe('In brief on the page', () => {
  it.each([
    [
      'en',
      [
        'A later sample report counted 2,345 people in 2020.',
        'The sample survey found that 12.5% of people were affected in the years 2018–2019.',
        'Some claims of the original could not be checked.',
      ],
    ],
    [
      'es',
      [
        'Un informe de muestra posterior contó 2,345 personas en 2020.',
        'La encuesta de muestra encontró que el 12.5% de las personas estaban afectadas en los años 2018–2019.',
        'Algunas afirmaciones del original no se pudieron comprobar.',
      ],
    ],
  ] as const)('is filled from the facts in %s, each figure and year marked with its fact', (lang, sentences) => {
    const page = sheetPageData(store, 'sample-sheet', lang, new URL('https://example.org'));
    const text = page.inBrief.map((parts) => parts.map((p) => p.text).join(''));
    expect(text.map((s) => s.replace(/\u00a0/g, ' '))).toEqual(sentences);
    // Every digit a reader sees there comes from a fact: none is left in the plain text.
    for (const parts of exactly(IN_FIXTURE.inBriefSentences, page.inBrief, 'sentences')) {
      for (const part of parts) if (!('fact' in part)) expect(part.text).not.toMatch(/\d/);
    }
    expect(page.inBrief[0]!.filter((p) => 'fact' in p)).toMatchObject([
      { fact: 'sample-count-later', kind: 'value', value: 2345 },
      { fact: 'sample-count-later', kind: 'year', text: '2020' },
    ]);
  });

  it('opens a sentence that starts with a figure with a capital, its qualifier kept', () => {
    const parts = briefParts('{fact:sample-count} people were counted.', 'en', store.facts);
    expect(parts.map((p) => p.text).join('')).toBe('About 1,234 people were counted.');
    const es = briefParts('{fact:sample-count} personas.', 'es', store.facts);
    expect(es.map((p) => p.text).join('')).toBe('Alrededor de 1,234 personas.');
  });

  it('is empty on a sheet without one', () => {
    expect(sheetPageData(store, 'second-sheet', 'en', new URL('https://example.org')).inBrief).toEqual([]);
  });
});

describe.each<[string, Parameters<typeof problemsAfter>[0], string[]]>([
  [
    'a year typed into an English sentence',
    edit(ARTICLE, 'in {year:sample-count-later}.', 'in 2020.'),
    [
      `${ARTICLE} inBrief[0]: types "2020": ${TYPED}`,
      `${ARTICLE_ES} inBrief[0]: names fact:sample-count-later, year:sample-count-later, but the English sentence names fact:sample-count-later: name the same figures and years`,
    ],
  ],
  [
    'a figure typed into a Spanish sentence',
    edit(ARTICLE_ES, '{fact:sample-count-later} personas', '2,345 personas'),
    [
      `${ARTICLE_ES} inBrief[0]: types "2,345": ${TYPED}`,
      `${ARTICLE_ES} inBrief[0]: names year:sample-count-later, but the English sentence names fact:sample-count-later, year:sample-count-later: name the same figures and years`,
    ],
  ],
  [
    'a fact that does not exist',
    all(
      edit(ARTICLE, '{fact:sample-count-later}', '{fact:no-such-fact}'),
      edit(ARTICLE_ES, '{fact:sample-count-later}', '{fact:no-such-fact}'),
    ),
    [
      `${ARTICLE} inBrief[0]: {fact:no-such-fact} names no fact "no-such-fact"`,
      `${ARTICLE_ES} inBrief[0]: {fact:no-such-fact} names no fact "no-such-fact"`,
    ],
  ],
  [
    'the year of a fact that does not exist',
    all(
      edit(ARTICLE, '{year:sample-count-later}', '{year:no-such-fact}'),
      edit(ARTICLE_ES, '{year:sample-count-later}', '{year:no-such-fact}'),
    ),
    [
      `${ARTICLE} inBrief[0]: {year:no-such-fact} names no fact "no-such-fact"`,
      `${ARTICLE_ES} inBrief[0]: {year:no-such-fact} names no fact "no-such-fact"`,
    ],
  ],
  [
    'an unverified claim',
    all(
      edit(ARTICLE, '{fact:sample-count-later}', '{fact:sample-rumour}'),
      edit(ARTICLE_ES, '{fact:sample-count-later}', '{fact:sample-rumour}'),
    ),
    [
      `${ARTICLE} inBrief[0]: {fact:sample-rumour} names an unverified claim, which is never stated as fact`,
      `${ARTICLE_ES} inBrief[0]: {fact:sample-rumour} names an unverified claim, which is never stated as fact`,
    ],
  ],
  [
    'a placeholder that names nothing here',
    all(
      edit(ARTICLE, '{fact:sample-count-later}', '{value}'),
      edit(ARTICLE_ES, '{fact:sample-count-later}', '{value}'),
    ),
    [
      `${ARTICLE} inBrief[0]: {value} is not a placeholder here: write {fact:<fact-id>} for a figure and {year:<fact-id>} for its data year`,
      `${ARTICLE_ES} inBrief[0]: {value} is not a placeholder here: write {fact:<fact-id>} for a figure and {year:<fact-id>} for its data year`,
    ],
  ],
  [
    'a sentence of more than thirty-five words',
    edit(
      ARTICLE,
      'Some claims of the original could not be checked.',
      `Some claims ${'of the original '.repeat(12)}could not be checked.`,
    ),
    [
      `${ARTICLE} inBrief[2]: must be at most 35 words: one idea per sentence (got "Some claims of the original of the original of the original of the original …)`,
    ],
  ],
  [
    'only two sentences',
    all(
      edit(ARTICLE, ",\n  'Some claims of the original could not be checked.'", ''),
      edit(ARTICLE_ES, /\n {2}- Algunas afirmaciones.*/, ''),
    ),
    [
      `${ARTICLE} inBrief: must have three or four sentences (got ["A later sample report counted {fact:sample-count-later} people in {year:sam…)`,
      `${ARTICLE_ES} inBrief: must have three or four sentences (got ["Un informe de muestra posterior contó {fact:sample-count-later} personas en…)`,
    ],
  ],
  [
    'a Spanish In brief with a sentence fewer than the English',
    edit(ARTICLE, "'Some claims", "'One more sentence.',\n  'Some claims"),
    [`${ARTICLE_ES} inBrief: has 3 sentences, but the English has 4: translate each sentence`],
  ],
  [
    'a word that goes stale',
    edit(ARTICLE, 'A later sample report', 'The latest sample report'),
    [
      `${ARTICLE} inBrief[0]: says "latest", which goes stale when a new edition appears: give the year instead, and add "updates" so the site says what is newest`,
    ],
  ],
  [
    'an English In brief without its Spanish',
    edit(ARTICLE_ES, /^inBrief:\n(?: {2}- .*\n)+/m, ''),
    [`${ARTICLE_ES} inBrief: is missing: the Spanish text is required, so no page is published half-translated`],
  ],
])('In brief: %s', (_, change, expected) => {
  it('is refused, naming the file and the field', async () => {
    expect(await problemsAfter(change)).toEqual(expected);
  });
});

describe('key figures named by the sheet', () => {
  it('lead the sheet in the order named; without the field, the newest headline figures do', async () => {
    const dir = await fixtureCopy(keyFigures('second-yearly, second-places', SECOND));
    const { content, problems } = await checkContentDir(dir, dir, { today: TEST_DAY });
    expect(problems).toEqual([]);
    expect(siteModel(content).keyFigures.get('second-sheet')).toEqual(['second-yearly', 'second-places']);
    expect(store.model.keyFigures.get('second-sheet')).toEqual(['second-places', 'second-yearly']);
  });
});

describe.each<[string, Parameters<typeof problemsAfter>[0], string]>([
  ['a fact that does not exist', keyFigures('no-such-fact'), `${ARTICLE} keyFigures[0]: names no fact "no-such-fact"`],
  [
    'an unverified claim',
    keyFigures('sample-rumour'),
    `${ARTICLE} keyFigures[0]: names "sample-rumour", a claim we could not verify, which is never a key figure`,
  ],
  [
    'a fact of another sheet',
    keyFigures('second-places'),
    `${ARTICLE} keyFigures[0]: names "second-places", which no card of this sheet shows: key figures link to the sheet's own cards`,
  ],
  [
    'a fact without a headline',
    keyFigures('sample-count-later'),
    `${ARTICLE} keyFigures[0]: names "sample-count-later", which has no "headline" and "value": a key figure is shown large with its label`,
  ],
  [
    'a figure a newer one replaces',
    keyFigures('sample-count'),
    `${ARTICLE} keyFigures[0]: names "sample-count", which newer figures replace (sample-count-later): name the newest figure of the series`,
  ],
  [
    'the same fact twice',
    keyFigures('sample-share, sample-share'),
    `${ARTICLE} keyFigures[1]: names "sample-share" twice`,
  ],
  [
    'more than five',
    keyFigures('a, b, c, d, e, f'),
    `${ARTICLE} keyFigures: must name at most 5 facts: enough to take in at a glance (got ["a","b","c","d","e","f"])`,
  ],
  [
    'a figure whose only source is an opinion column',
    all(
      keyFigures('sample-share'),
      write(
        'sources/sample-column.yaml',
        'publisher: Sample Daily\ntitle: A sample column\nyear: 2021\nurl: https://example.org/column\naccessed: 2026-11-28\nkind: secondary\ntype: opinion\nlang: en\n',
      ),
      edit('facts/sample-sheet/sample-share.yaml', '  - id: sample-primary', '  - id: sample-column'),
    ),
    `${ARTICLE} keyFigures[0]: names "sample-share", whose only sources are opinion, tabloid, content-site outlets: a key figure rests on better evidence`,
  ],
])('keyFigures: %s', (_, change, expected) => {
  it('is refused, naming the file and the field', async () => {
    expect(await problemsAfter(change)).toContain(expected);
  });
});

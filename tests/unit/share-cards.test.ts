import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { factCardContent } from '../../src/components/share/card-content.ts';
import { factSchema, scheduleSchema, sourceSchema, updates, type PublishedFact } from '../../src/lib/content/schema.ts';
import { figureFreshness } from '../../src/lib/content/freshness.ts';
import { cachedCard, cacheDir, cardSvg, MIN_FONT_SIZE, type CardContent } from '../../src/lib/share-cards/render.ts';
import { cardText, cardWords, layoutProblems } from '../support/card-text.ts';
import { exactly } from '../support/counts.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fs-cards-'));
  process.env['FS_CACHE_DIR'] = dir;
});
afterAll(async () => {
  delete process.env['FS_CACHE_DIR'];
  await rm(dir, { recursive: true, force: true });
});

const fact = (extra: Record<string, unknown>) =>
  factSchema.parse({
    status: 'verified',
    grade: 'official-count',
    statement: 'Mexico received {value} asylum applications in 2017.',
    value: 14596,
    unit: 'applications',
    qualifier: 'more-than',
    year: 2017,
    sources: ['unhcr'],
    ...extra,
  }) as PublishedFact;
const withHeadline = fact({
  headline: { label: 'people who applied for asylum' },
  es: { headline: { label: 'personas que solicitaron asilo' } },
});
const source = sourceSchema.parse({
  publisher: 'UNHCR',
  title: 'Factsheet',
  year: 2019,
  url: 'https://example.org/',
  accessed: '2026-11-28',
  kind: 'primary',
  type: 'international-organisation',
});
const url = 'https://example.net/facts/x/';
const LONG =
  'From 2011 to 2013 a foundation led an alliance against human trafficking, backed by a television network, a government office that monitors trafficking and two corporate foundations, which included a documentary about invisible slaves in 2012, and the alliance reached schools, radio stations and community centres in several states, with materials in Spanish and in indigenous languages, and trained officials, teachers and journalists on how to recognise the signs of trafficking.';

const tip = { tip: scheduleSchema.parse({ name: 'TIP Report', publisher: 'US State Department', every: 1, month: 6 }) };
const yearly = { updates: updates.parse({ schedule: 'tip', edition: 2025, checked: '2026-01-10' }) };

/** The words set larger than any text but a headline figure. */
const bigText = (svg: string) =>
  cardWords(svg)
    .filter((w) => w.size >= 80)
    .map((w) => w.text)
    .join('')
    .trim();

describe('share card content', () => {
  it('shows the headline figure apart from its qualifier, with its label, grade, data year and source', () => {
    expect(factCardContent(withHeadline, source, url)).toMatchObject({
      kind: 'fact',
      headline: { qualifier: 'more than', figure: '14,596', year: 'in 2017', label: 'people who applied for asylum' },
      grade: 'Official count',
      weaker: false,
      footer: 'Data: 2017 · Source: UNHCR',
    });
  });

  it('says when a yearly figure’s next edition is expected, and that a newer one may exist once that month has passed', () => {
    const before = figureFreshness(yearly, [], tip, new Date('2026-05-31'));
    const after = figureFreshness(yearly, [], tip, new Date('2026-07-01'));
    expect(factCardContent(withHeadline, source, url, 'en', before)).toMatchObject({
      footer: 'Data: 2017 · Source: UNHCR · Next edition expected June 2026',
    });
    expect(factCardContent(withHeadline, source, url, 'es', after).footer).toMatch(
      /^Datos: 2017 · Fuente: UNHCR · .*junio de 2026/,
    );
    expect(factCardContent(withHeadline, source, url, 'en', after).footer).toContain(
      'A newer edition may exist (due June 2026); we have not checked it yet',
    );
  });

  it('has no headline figure when the editor chose none', () => {
    expect(factCardContent(fact({}), source, url)).not.toHaveProperty('headline');
  });

  it('speaks the reader’s language', () => {
    expect(factCardContent(withHeadline, source, url, 'es')).toMatchObject({
      headline: { qualifier: 'más de', figure: '14,596', year: 'en 2017', label: 'personas que solicitaron asilo' },
      grade: 'Conteo oficial',
      footer: 'Datos: 2017 · Fuente: UNHCR',
    });
  });
});

describe('share card layout', () => {
  it('sets the headline figure large and nothing else', async () => {
    const svg = await cardSvg(factCardContent(withHeadline, source, url), { asText: true });
    expect(bigText(svg)).toBe('14,596');
    expect(cardText(cardWords(svg))).toContain('people who applied for asylum');
  });

  it.each([
    ['en', withHeadline, ['in', '2017']],
    [
      'es',
      fact({ year: { from: 2006, to: 2017 }, headline: { label: 'people' }, es: { headline: { label: 'personas' } } }),
      ['de', '2006', 'a', '2017'],
    ],
  ] as const)(
    'sets the data year beside the figure in %s, large enough to read at half size',
    async (lang, f, yearWords) => {
      const words = cardWords(await cardSvg(factCardContent(f, source, url, lang), { asText: true })).filter((w) =>
        w.text.trim(),
      );
      const figure = exactly(
        1,
        words.filter((w) => w.size >= 80),
        'runs of the headline figure',
      )[0]!;
      // The words of the year after the figure, on its line (its baseline), at least 36 px: 18 px at half size.
      const after = words.slice(words.indexOf(figure) + 1, words.indexOf(figure) + 1 + yearWords.length);
      expect(after.map((w) => w.text.trim())).toEqual(yearWords);
      for (const w of after) {
        expect(w.size).toBeGreaterThanOrEqual(36);
        expect(Math.abs(w.y - figure.y)).toBeLessThan(figure.size * 0.2);
        expect(w.x).toBeGreaterThan(figure.x + figure.width);
      }
      expect(layoutProblems(words)).toEqual([]);
    },
  );

  it('puts the year under a long figure, which stays large', async () => {
    const long = fact({
      value: 2_800_000_000,
      unit: 'usd',
      headline: { label: 'dollars' },
      es: { headline: { label: 'dólares' } },
    });
    const words = cardWords(await cardSvg(factCardContent(long, source, url, 'es'), { asText: true })).filter((w) =>
      w.text.trim(),
    );
    const figure = words.filter((w) => w.size >= 80);
    // Each word is its own run of text: compared without the spaces between them.
    expect(figure.map((w) => w.text.trim()).join('')).toBe('US$2.8milmillones');
    const year = words.find((w) => w.text.trim() === '2017')!;
    expect(year.size).toBeGreaterThanOrEqual(36);
    expect(year.y).toBeGreaterThan(Math.max(...figure.map((w) => w.y)));
    expect(layoutProblems(words)).toEqual([]);
  });

  it('shows no big number when there is no headline, but the whole statement', async () => {
    const svg = await cardSvg(factCardContent(fact({}), source, url), { asText: true });
    expect(bigText(svg)).toBe('');
    expect(cardText(cardWords(svg))).toContain('Mexico received more than 14,596 asylum applications in 2017.');
  });

  it.each([
    ['a long statement', fact({ statement: `${LONG} The count was {value}.` })],
    [
      'a long label',
      fact({ headline: { label: 'people who applied for refugee status at the commission in any state' } }),
    ],
    ['a long source', fact({})],
  ])('fits %s without cutting or overlapping any text, legible at half size', async (_name, f) => {
    const longSource = {
      ...source,
      publisher: 'Comisión Mexicana de Ayuda a Refugiados, Secretaría de Gobernación, Gobierno de México',
    };
    // The longest footer: Spanish, with the "newer edition may exist" words.
    const content = factCardContent(f, longSource, url, 'es', figureFreshness(yearly, [], tip, new Date('2026-07-01')));
    const words = cardWords(await cardSvg(content, { asText: true }));
    expect(layoutProblems(words)).toEqual([]);
    const text = cardText(words);
    expect(text).not.toContain('…');
    if (content.kind === 'fact') {
      expect(text).toContain(content.headline ? content.headline.label : content.statement);
      expect(text).toContain(content.footer);
    }
    expect(Math.min(...words.filter((w) => w.text.trim()).map((w) => w.size))).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
  });
});

describe('share card cache', () => {
  const card = factCardContent(withHeadline, source, url) as Extract<CardContent, { kind: 'fact' }>;
  // Each test starts from an empty cache of its own, whatever ran before it.
  beforeEach(async () => {
    process.env['FS_CACHE_DIR'] = await mkdtemp(path.join(dir, 'test-'));
  });

  it('draws a 1200×630 PNG once, then serves it from the cache outside dist/', async () => {
    const first = await cachedCard(card);
    expect(first.cached).toBe(false);
    expect(first.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([first.png.readUInt32BE(16), first.png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(cacheDir().startsWith(dir)).toBe(true);
    const second = await cachedCard(card);
    expect(second.cached).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
  });

  it('draws the card again when what it shows changes', async () => {
    await cachedCard(card);
    expect((await cachedCard({ ...card, footer: 'Data: 2018 · Source: UNHCR' })).cached).toBe(false);
    expect(await readdir(cacheDir())).toHaveLength(2);
  });

  it('is safe to delete: a missing cache is rebuilt', async () => {
    await cachedCard(card);
    await rm(cacheDir(), { recursive: true, force: true });
    expect((await cachedCard(card)).cached).toBe(false);
  });
});

describe('a Spanish card', () => {
  it('says everything in Spanish but the source’s name: kicker, grade, data year, site', async () => {
    const spanish = fact({
      headline: { label: 'people who applied for asylum' },
      es: {
        statement: 'México recibió {value} solicitudes de asilo en 2017.',
        headline: { label: 'personas que solicitaron asilo' },
      },
    });
    const card = factCardContent(spanish, source, 'https://example.org/es/facts/x/', 'es');
    const text = cardText(cardWords(await cardSvg(card, { asText: true }))).replace('UNHCR', '');
    expect(text).toContain('Fichas sobre México');
    expect(text).toContain('personas que solicitaron asilo');
    const english = [
      'the',
      'of',
      'and',
      'data',
      'source',
      'official',
      'count',
      'checked',
      'fact',
      'people',
      'more',
      'than',
    ];
    const words = text.toLowerCase().match(/[a-záéíóúñü]+/g) ?? [];
    expect(words.filter((w) => english.includes(w))).toEqual([]);
  });
});

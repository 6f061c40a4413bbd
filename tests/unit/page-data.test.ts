/**
 * Each page's data is computed once, in src/lib/page-data/, and handed to the page and its
 * components (Starlight's route data): no component, layout or route file reaches into the store.
 * The builders are tested here on the fixture content, as a reader of each page would check them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check.ts';
import { storeOf, type Store } from '../../src/lib/content/store.ts';
import { factCardData, sheetCardData } from '../../src/lib/page-data/cards.ts';
import { classroomPageData } from '../../src/lib/page-data/classroom.ts';
import { correctionsPageData } from '../../src/lib/page-data/corrections.ts';
import { downloadData } from '../../src/lib/page-data/downloads.ts';
import { chartEmbedData, factEmbedData } from '../../src/lib/page-data/embeds.ts';
import { factPageData } from '../../src/lib/page-data/fact.ts';
import { sheetsFeedData } from '../../src/lib/page-data/feeds.ts';
import { handoutPageData } from '../../src/lib/page-data/handout.ts';
import { homePageData } from '../../src/lib/page-data/home.ts';
import { pageLocals } from '../../src/lib/page-data/page.ts';
import { sheetPageData } from '../../src/lib/page-data/sheet.ts';
import { sitePageData } from '../../src/lib/page-data/site-pages.ts';
import { sourcesPageData } from '../../src/lib/page-data/sources.ts';

const SRC = path.resolve('src');
const STORE = path.join(SRC, 'lib/content/store.ts');
const SITE = new URL('https://example.org');

/** Every .astro and .ts file under a folder of src/. */
async function filesIn(folder: string): Promise<string[]> {
  const dir = path.join(SRC, folder);
  return (await readdir(dir, { recursive: true })).filter((f) => /\.(astro|ts)$/.test(f)).map((f) => path.join(dir, f));
}

/** The module paths a file imports, re-exports or loads with import(), type-only imports included. */
function imports(text: string): string[] {
  return [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
}

describe('components, layouts and pages', () => {
  it('never import the store: they get their page data (src/lib/page-data/)', async () => {
    const files = [...(await filesIn('components')), ...(await filesIn('layouts')), ...(await filesIn('pages'))];
    // Dozens of components, two layouts and a route file per page: a handful would mean the walk went wrong.
    expect(files.length).toBeGreaterThan(20);
    const reaching: string[] = [];
    for (const file of files) {
      for (const spec of imports(await readFile(file, 'utf8'))) {
        if (spec.startsWith('.') && path.resolve(path.dirname(file), spec) === STORE)
          reaching.push(path.relative(SRC, file));
      }
    }
    expect(reaching).toEqual([]);
  });
});

describe('page data on the fixture content', () => {
  let store: Store;
  beforeAll(async () => {
    const { content } = await checkContentDir(path.resolve('tests/fixtures/content-valid'), process.cwd(), {
      today: new Date('2026-11-29T12:00:00Z'),
    });
    store = storeOf(content);
  });

  describe('a sheet', () => {
    it('lists its cards in reading order, each with its figures, the latest data first', () => {
      const { cards } = sheetPageData(store, 'sample-sheet', 'en', SITE);
      expect([...cards].map(([id, card]) => [id, card.number])).toEqual([
        ['sample-count', 1],
        ['sample-share', 2],
      ]);
      // The 2019 survey names a 2020 news report as newer: the card leads with the report.
      const card = cards.get('sample-count')!;
      expect([card.lead, ...card.history].map((f) => f.id)).toEqual(['sample-count-later', 'sample-count']);
      expect(card.lead.page).toBe('/facts/sample-count-later/');
      expect(cards.get('sample-share')!.history).toEqual([]);
    });

    it('keeps the old id of a renamed fact as an anchor on its card', () => {
      const { cards } = sheetPageData(store, 'second-sheet', 'en', SITE);
      expect(cards.get('second-event')!.aliases).toEqual(['second-old']);
      expect(cards.get('second-yearly')!.aliases).toEqual([]);
    });

    it('links a figure quoted from another sheet to its place there, in the page language', () => {
      expect(sheetPageData(store, 'second-sheet', 'en', SITE).values.get('sample-count')!.href).toBe(
        '/articles/sample-sheet/#sample-count',
      );
      expect(sheetPageData(store, 'second-sheet', 'es', SITE).values.get('sample-count')!.href).toBe(
        '/es/articles/sample-sheet/#sample-count',
      );
    });

    it('holds its charts in reading order, each with the sources it cites', () => {
      const { charts } = sheetPageData(store, 'second-sheet', 'en', SITE);
      expect([...charts.keys()]).toEqual(['sample-yearly', 'sample-places', 'sample-two-counts']);
      // The yearly chart cites the survey, and a newspaper for its 2018 point.
      expect([...charts.get('sample-yearly')!.sources.keys()].toSorted()).toEqual([
        'sample-primary',
        'sample-secondary',
      ]);
    });

    it('shows its own help lines and the general ones', () => {
      const lines = (slug: string) => sheetPageData(store, slug, 'en', SITE).helpLines.lines.map((l) => l.id);
      expect(lines('sample-sheet')).toEqual(['mexico-trafficking', 'us-trafficking-hotline', 'emergency']);
      expect(lines('second-sheet')).toEqual(['emergency']);
    });

    it('lists the claims it could not verify, and the sources its cards cite', () => {
      const page = sheetPageData(store, 'sample-sheet', 'en', SITE);
      expect(page.unverified.map((c) => c.id)).toEqual(['sample-rumour']);
      // Sources are numbered as first cited, card by card: the lead news report, then the survey.
      expect(page.plan.sources).toEqual(['sample-secondary', 'sample-primary']);
      expect([...page.sources.keys()]).toEqual(['sample-secondary', 'sample-primary']);
      expect(page.hasClassroom).toBe(true);
      expect(sheetPageData(store, 'second-sheet', 'en', SITE).hasClassroom).toBe(false);
    });

    it('describes itself to search engines in the page language, citing its sources', () => {
      const { jsonLd, url, data } = sheetPageData(store, 'sample-sheet', 'es', SITE);
      expect(url).toBe('https://example.org/es/articles/sample-sheet/');
      expect(data.title).toBe('Una ficha de muestra');
      expect(jsonLd).toMatchObject({
        '@type': 'Article',
        headline: 'Una ficha de muestra',
        url,
        inLanguage: 'es-MX',
        image: 'https://example.org/es/cards/articles/sample-sheet.png',
        datePublished: '2026-11-28',
      });
      expect((jsonLd['citation'] as { url: string }[]).map((c) => c.url)).toEqual([
        'https://example.org/informe',
        'https://example.org/report',
      ]);
    });
  });

  describe("a fact's own page", () => {
    it('names its sheet, its card number and whether it is the card itself', () => {
      const later = factPageData(store, 'sample-count-later', 'en');
      expect(later.place).toEqual({ article: 'sample-sheet', number: 1, card: 'sample-count' });
      expect(later.isCard).toBe(false);
      expect(later.sheet.title).toBe('A sample fact sheet');
      expect(later.sheetHref).toBe('/articles/sample-sheet/#sample-count-later');
      // The sheet's other cards, not its own.
      expect(later.others.map((o) => o.id)).toEqual(['sample-share']);
      const count = factPageData(store, 'sample-count', 'en');
      expect(count.isCard).toBe(true);
      expect(count.newer.map((n) => [n.id, n.page])).toEqual([['sample-count-later', '/facts/sample-count-later/']]);
    });

    it('carries its chart and its sheet help lines, in the page language', () => {
      const page = factPageData(store, 'second-places', 'es');
      expect(page.path).toBe('/es/facts/second-places/');
      expect(page.sheet.title).toBe('Una segunda ficha de muestra');
      expect([...page.charts.keys()]).toEqual(['sample-places']);
      expect(page.helpLines.lines.map((l) => l.id)).toEqual(['emergency']);
      expect(factPageData(store, 'second-event', 'en').charts.size).toBe(0);
    });
  });

  describe('embeds', () => {
    it('carry the help lines only where the sheet has a content note', () => {
      expect(factEmbedData(store, 'sample-share', 'en').needsHelp).toBe(true);
      expect(factEmbedData(store, 'second-event', 'en').needsHelp).toBe(false);
      expect(chartEmbedData(store, 'sample-yearly', 'en').needsHelp).toBe(false);
    });

    it('lead a chart back to its place in its sheet, or else to a fact drawn from it', () => {
      const placed = chartEmbedData(store, 'sample-yearly', 'es');
      expect(placed.sheet).toEqual({ slug: 'second-sheet', title: 'Una segunda ficha de muestra' });
      expect(placed.home).toBe('/es/articles/second-sheet/#chart-sample-yearly');
      // No sheet charts the survey's series; the fact drawn from it shows it.
      const unplaced = chartEmbedData(store, 'sample-series', 'en');
      expect(unplaced.sheet).toBeUndefined();
      expect(unplaced.home).toBe('/facts/sample-count/');
      expect([...unplaced.charts.keys()]).toEqual(['sample-series']);
    });
  });

  describe('site pages', () => {
    it('the home page lists the sheets in their order, in the page language', () => {
      expect(homePageData(store, 'es').sheets.map((s) => [s.slug, s.data.title])).toEqual([
        ['sample-sheet', 'Una ficha de muestra'],
        ['second-sheet', 'Una segunda ficha de muestra'],
      ]);
    });

    it('pages of no sheet show every help line', () => {
      const all = ['mexico-trafficking', 'us-trafficking-hotline', 'emergency'];
      expect(sitePageData(store).helpLines.lines.map((l) => l.id)).toEqual(all);
      expect(homePageData(store, 'en').helpLines.lines.map((l) => l.id)).toEqual(all);
    });

    it('the corrections page links each correction to the fact and to its place in its sheet', () => {
      expect(correctionsPageData(store, 'en').corrections).toMatchObject([
        {
          factId: 'sample-share',
          article: { slug: 'sample-sheet', title: 'A sample fact sheet' },
          factPage: '/facts/sample-share/',
          inSheet: '/articles/sample-sheet/#sample-share',
        },
      ]);
    });

    it('the sources page says which card numbers cite each source, a newer figure by its card', () => {
      const listed = sourcesPageData(store, 'en').publishers.flatMap((p) => p.sources);
      const citedFor = (id: string) => listed.find((s) => s.id === id)!.citedFor;
      expect(citedFor('sample-primary')).toEqual(
        expect.arrayContaining([
          {
            sheet: 'A sample fact sheet',
            facts: [
              { number: 1, href: '/articles/sample-sheet/#sample-count' },
              { number: 2, href: '/articles/sample-sheet/#sample-share' },
            ],
          },
          {
            sheet: 'A second sample sheet',
            facts: [
              { number: 2, href: '/articles/second-sheet/#second-places' },
              { number: 3, href: '/articles/second-sheet/#second-event' },
            ],
          },
        ]),
      );
      // The 2020 report is a figure of card 1, whose anchor is the card's.
      expect(citedFor('sample-secondary')).toContainEqual({
        sheet: 'A sample fact sheet',
        facts: [{ number: 1, href: '/articles/sample-sheet/#sample-count' }],
      });
    });

    it('the handout offers every published fact, and follows renamed ids', () => {
      const { sheets, moved } = handoutPageData(store, 'en');
      expect(sheets.map((s) => s.slug)).toEqual(['sample-sheet', 'second-sheet']);
      expect(sheets[0]!.facts.map((f) => f.id).toSorted()).toEqual([
        'sample-count',
        'sample-count-later',
        'sample-share',
      ]);
      expect(moved).toEqual({ 'second-old': 'second-event' });
    });

    it('a classroom edition exists only for a sheet that has one', () => {
      const page = classroomPageData(store, 'sample-sheet', 'es');
      expect(page.sheet.title).toBe('Una ficha de muestra');
      expect(page.classroom.questions).toHaveLength(3);
      expect(() => classroomPageData(store, 'second-sheet', 'en')).toThrow(
        'sheet "second-sheet" has no classroom edition',
      );
    });
  });

  describe('feeds, cards and downloads', () => {
    it('the feed lists the sheets at their addresses in the feed language', () => {
      expect(sheetsFeedData(store, 'es').map((s) => s.path)).toEqual([
        '/es/articles/sample-sheet/',
        '/es/articles/second-sheet/',
      ]);
    });

    it("a fact's card names its first source and its page", () => {
      const card = factCardData(store, 'second-yearly', 'es');
      expect(card.source.publisher).toBe('Sample News');
      expect(card.path).toBe('/es/facts/second-yearly/');
      expect(sheetCardData(store, 'second-sheet', 'en').path).toBe('/articles/second-sheet/');
    });

    it("a dataset's downloads carry every source it cites", () => {
      expect([...downloadData(store, 'sample-series').sources.keys()].toSorted()).toEqual([
        'sample-primary',
        'sample-secondary',
      ]);
    });
  });
});

describe('a component inside a page', () => {
  it('names itself when its page did not set the page data', () => {
    expect(() => pageLocals({}, 'FactCard')).toThrow('<FactCard> reads its data from Astro.locals.page');
  });
});

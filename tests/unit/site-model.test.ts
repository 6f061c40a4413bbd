/**
 * The one model of what the content means (site-model.ts), the cache keys that decide which pages a
 * rebuild keeps (cache-keys.ts) and the routes that list every page (routes.ts), on the fixture
 * and on copies an editor has changed.
 */
import { rename, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir, type CheckedContent } from '../../src/lib/content/check.ts';
import { chartCacheKey, factCacheKey, sheetCacheKey } from '../../src/lib/content/cache-keys.ts';
import { factPaths, movedPaths, sheetPaths } from '../../src/lib/content/routes.ts';
import { siteModel } from '../../src/lib/content/site-model.ts';
import { storeOf } from '../../src/lib/content/store.ts';
import { IN_FIXTURE } from '../support/counts.ts';
import {
  all,
  chainOfThree,
  edit,
  fixtureCopy,
  removeCopies,
  TEST_DAY,
  write,
  type Edit,
} from '../support/fixture-edits.ts';
import { FIXTURE_CONTENT } from '../support/site.ts';

afterAll(removeCopies);

/** The fixture's checked content after a change; the change must leave it valid. */
async function contentAfter(change?: Edit, today = TEST_DAY): Promise<CheckedContent> {
  const dir = change ? await fixtureCopy(change) : FIXTURE_CONTENT;
  const { content, problems } = await checkContentDir(dir, dir, { today });
  if (problems.length > 0) throw new Error(`the change left invalid content: ${JSON.stringify(problems)}`);
  return content;
}

describe('the site model', () => {
  it('puts a placed fact and its newer figure on one card, newest first, with the card’s number', async () => {
    const model = siteModel(await contentAfter());
    // sample-count (2019) lists sample-count-later (2020) as newer; it is the first card of sample-sheet.
    expect(model.cards.get('sample-count')).toEqual(['sample-count-later', 'sample-count']);
    expect(model.places.get('sample-count-later')).toEqual({
      article: 'sample-sheet',
      number: 1,
      card: 'sample-count',
    });
    expect(model.plans.get('sample-sheet')?.numberedFacts).toEqual(['sample-count', 'sample-share']);
  });

  it('follows a newer chain of three to its end: every figure on the card, only the newest a key figure', async () => {
    const model = siteModel(await contentAfter(chainOfThree()));
    expect(model.cards.get('sample-count')).toEqual(['sample-count-latest', 'sample-count-later', 'sample-count']);
    expect(model.places.get('sample-count-latest')).toEqual({
      article: 'sample-sheet',
      number: 1,
      card: 'sample-count',
    });
    const keys = model.keyFigures.get('sample-sheet') ?? [];
    expect(keys).toContain('sample-count-latest');
    expect(keys).not.toContain('sample-count');
    expect(keys).not.toContain('sample-count-later');
  });

  it('knows each sheet’s quotes, charts and the old ids that lead to a fact', async () => {
    const model = siteModel(await contentAfter());
    expect(model.quotes.get('second-sheet')).toEqual(['sample-count']);
    expect(model.chartSheet.get('sample-yearly')).toBe('second-sheet');
    expect(model.aliases.get('second-event')).toEqual(['second-old']);
  });
});

describe('cache keys', () => {
  it('are the same for the same content, read twice, and differ per sheet', async () => {
    const [a, b] = [storeOf(await contentAfter()), storeOf(await contentAfter())];
    expect(a).not.toBe(b);
    expect(sheetCacheKey(a, 'sample-sheet')).toBe(sheetCacheKey(b, 'sample-sheet'));
    expect(sheetCacheKey(a, 'sample-sheet')).not.toBe(sheetCacheKey(a, 'second-sheet'));
  });

  it('change for the sheet a fact is on, not for a sheet that neither shows nor quotes it', async () => {
    const before = storeOf(await contentAfter());
    const after = storeOf(
      await contentAfter(edit('facts/second-sheet/second-event.yaml', /^statement: /m, 'statement: As edited, ')),
    );
    expect(sheetCacheKey(after, 'second-sheet')).not.toBe(sheetCacheKey(before, 'second-sheet'));
    expect(factCacheKey(after, 'second-event')).not.toBe(factCacheKey(before, 'second-event'));
    expect(sheetCacheKey(after, 'sample-sheet')).toBe(sheetCacheKey(before, 'sample-sheet'));
  });

  it('change for a sheet that quotes a fact when the fact moves to another sheet', async () => {
    // A third sheet quotes sample-count; the card (with its newer figure) moves from sample-sheet to second-sheet.
    const third = all(
      write(
        'articles/third-sheet.mdx',
        '---\ntitle: A third sheet\nsummary: It quotes a figure.\nslug: third-sheet\norder: 3\npublished: 2026-11-20\nreviewed: 2026-11-28\ntopics: [testing]\noriginal: { title: T, author: A, publication: P }\n---\n\nThe first sheet counted <Value id="sample-count" /> people.\n',
      ),
      write(
        'es/articles/third-sheet.mdx',
        '---\ntitle: Una tercera ficha\nsummary: Cita una cifra.\ntopics: [pruebas]\n---\n\nLa primera ficha contó <Value id="sample-count" /> personas.\n',
      ),
      edit('permalinks.yaml', '  - second-sheet\n', '  - second-sheet\n  - third-sheet\n'),
    );
    const move = all(
      third,
      async (dir) => {
        for (const id of ['sample-count', 'sample-count-later']) {
          await mkdir(path.join(dir, 'facts/second-sheet'), { recursive: true });
          await rename(
            path.join(dir, `facts/sample-sheet/${id}.yaml`),
            path.join(dir, `facts/second-sheet/${id}.yaml`),
          );
        }
      },
      edit('articles/sample-sheet.mdx', '<FactCard id="sample-count" />', ''),
      edit('es/articles/sample-sheet.mdx', '<FactCard id="sample-count" />', ''),
      edit(
        'articles/second-sheet.mdx',
        '<FactCard id="second-event" />',
        '<FactCard id="second-event" />\n\n<FactCard id="sample-count" />',
      ),
      edit(
        'es/articles/second-sheet.mdx',
        '<FactCard id="second-event" />',
        '<FactCard id="second-event" />\n\n<FactCard id="sample-count" />',
      ),
    );
    const before = storeOf(await contentAfter(third));
    const after = storeOf(await contentAfter(move));
    expect(after.model.places.get('sample-count')?.article).toBe('second-sheet');
    expect(sheetCacheKey(after, 'third-sheet')).not.toBe(sheetCacheKey(before, 'third-sheet'));
  });

  it('of a chart no sheet places change when the fact it links to is renamed', async () => {
    // sample-series is charted on no sheet: its embed links to the page of sample-count, drawn from it.
    const renameCounted = all(
      async (dir) => {
        await rename(
          path.join(dir, 'facts/sample-sheet/sample-count.yaml'),
          path.join(dir, 'facts/sample-sheet/sample-tally.yaml'),
        );
      },
      edit('articles/sample-sheet.mdx', /sample-count"/g, 'sample-tally"'),
      edit('es/articles/sample-sheet.mdx', /sample-count"/g, 'sample-tally"'),
      edit('articles/second-sheet.mdx', 'id="sample-count"', 'id="sample-tally"'),
      edit('facts/second-sheet/second-yearly.yaml', /\{fact:sample-count\}/g, '{fact:sample-tally}'),
      edit('es/articles/second-sheet.mdx', 'id="sample-count"', 'id="sample-tally"'),
      edit('permalinks.yaml', '  - sample-count\n', '  - sample-count\n  - sample-tally\n'),
      edit('permalinks.yaml', /redirects:\n/, 'redirects:\n  - from: fact/sample-count\n    to: fact/sample-tally\n'),
    );
    const before = storeOf(await contentAfter());
    const after = storeOf(await contentAfter(renameCounted));
    expect(after.model.chartSheet.has('sample-series')).toBe(false);
    expect(chartCacheKey(after, 'sample-series')).not.toBe(chartCacheKey(before, 'sample-series'));
  });

  it('change when the build day passes the month a figure’s next edition was due', async () => {
    // second-yearly comes from the 2019 edition of a report due each June: current on the first day
    // of 2020, overdue on the fixture's day. (Only the key is asked here; the check would refuse
    // sources read after such an early day.)
    const content = await contentAfter();
    const early = storeOf({ ...content, today: new Date('2020-01-01T00:00:00Z') });
    const late = storeOf(content);
    expect(sheetCacheKey(late, 'second-sheet')).not.toBe(sheetCacheKey(early, 'second-sheet'));
  });
});

describe('routes', () => {
  it('list each sheet once per language, with its cache key', async () => {
    const paths = await sheetPaths();
    expect(paths).toHaveLength(IN_FIXTURE.sheets * 2);
    expect(paths.map((p) => `${p.params.lang ?? ''}/${p.params.slug}`).toSorted()).toEqual([
      '/sample-sheet',
      '/second-sheet',
      'es/sample-sheet',
      'es/second-sheet',
    ]);
    for (const p of paths) expect(p.cacheKey).toMatch(/^[\w-]{20,}$/);
  });

  it('list each published fact once per language', async () => {
    const paths = await factPaths();
    expect(paths).toHaveLength(IN_FIXTURE.publishedFacts * 2);
    expect(paths.map((p) => p.params.id)).not.toContain('sample-rumour');
  });

  it('send each moved address, in both languages, to where it leads now', async () => {
    const moved = (await movedPaths()).map((p) => `${p.params.moved} → ${p.props.to}`).toSorted();
    expect(moved).toEqual([
      'articles/old-sheet → /articles/second-sheet/',
      'es/articles/old-sheet → /es/articles/second-sheet/',
      'es/facts/second-old → /es/facts/second-event/',
      'facts/second-old → /facts/second-event/',
    ]);
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factCardContent } from '../../src/lib/content/fact-card.ts';
import { factSchema, sourceSchema, type PublishedFact } from '../../src/lib/content/schema.ts';
import { cachedCard, cacheDir, clip, type CardContent } from '../../src/lib/share-cards/render.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fs-cards-'));
  process.env['FS_CACHE_DIR'] = dir;
});
afterAll(async () => {
  delete process.env['FS_CACHE_DIR'];
  await rm(dir, { recursive: true, force: true });
});

const fact = factSchema.parse({
  status: 'verified',
  statement: 'Asylum applications reached {value} in 2017.',
  value: 14596,
  unit: 'applications',
  year: 2017,
  sources: ['unhcr'],
}) as PublishedFact;
const source = sourceSchema.parse({
  publisher: 'UNHCR',
  title: 'Factsheet',
  year: 2019,
  url: 'https://example.org/',
  accessed: '2026-11-28',
  kind: 'primary',
});

describe('share card content', () => {
  it('never shows a figure without its data year and source', () => {
    const card = factCardContent(fact, source, 'https://example.net/facts/x/');
    expect(card).toMatchObject({ kind: 'fact', figure: '14,596', year: '2017', source: 'UNHCR' });
  });

  it('shortens long text at a word boundary', () => {
    expect(clip('one two three four', 9)).toBe('one two…');
    expect(clip('short', 9)).toBe('short');
  });
});

describe('share card cache', () => {
  const card = factCardContent(fact, source, 'https://example.net/facts/x/') as Extract<CardContent, { kind: 'fact' }>;

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
    expect((await cachedCard({ ...card, year: '2018' })).cached).toBe(false);
    expect(await readdir(cacheDir())).toHaveLength(2);
  });

  it('is safe to delete: a missing cache is rebuilt', async () => {
    await rm(cacheDir(), { recursive: true, force: true });
    expect((await cachedCard(card)).cached).toBe(false);
  });
});

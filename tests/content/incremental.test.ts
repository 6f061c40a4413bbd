/**
 * Incremental builds keep unchanged pages from the last build. That is only safe if a rebuild
 * publishes exactly what a full build of the same content publishes: this builds five sheets,
 * edits a fact behind the first, a source behind the second and a dataset behind the third,
 * removes a fact of the first and redirects it to one of the fifth, rebuilds into the same
 * folder, and compares every file with a clean build of the edited content.
 */
import { access, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.ts';
import { astroBuild, buildFolder, type BuildResult } from '../support/build.ts';
import { atLeast } from '../support/counts.ts';
import { edit, remove } from '../support/fixture-edits.ts';
import { filesIn } from '../support/site.ts';

let root = '';
let warm: BuildResult;

beforeAll(async () => {
  root = await buildFolder('fs-incremental-');
  const content = path.join(root, 'content');
  // Help lines from the test fixture: the real content plays no part in code tests.
  await writeCorpus(content, 5, path.resolve('tests/fixtures/content-valid'));
  const first = await astroBuild(path.join(root, 'dist'), content);
  if (first.code !== 0) throw new Error(first.output);
  await edit('facts/sheet-0/sheet-0-fact-1.yaml', 'counted', 'recorded')(content);
  await edit('sources/sheet-1-source-1.yaml', 'Publisher 1-1', 'Renamed publisher')(content);
  await edit('datasets/sheet-2-data-1.yaml', 'value: 3075', 'value: 3076')(content);
  // A removed fact's published link redirects to a fact on another sheet, whose card then
  // carries the old id as an anchor. The removed fact's own pages and cards must go.
  await remove('facts/sheet-0/sheet-0-fact-9.yaml')(content);
  await edit('articles/sheet-0.mdx', '<FactCard id="sheet-0-fact-9" />', '')(content);
  await edit('es/articles/sheet-0.mdx', '<FactCard id="sheet-0-fact-9" />', '')(content);
  await edit('permalinks.yaml', 'redirects: []', 'redirects:\n  - from: fact/sheet-0-fact-9\n    to: fact/sheet-4-fact-8')(
    content,
  );
  warm = await astroBuild(path.join(root, 'dist'), content);
  const clean = await astroBuild(path.join(root, 'clean'), content);
  if (clean.code !== 0) throw new Error(clean.output);
}, 240_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('an incremental rebuild', () => {
  it('succeeds', () => {
    expect(warm.code, warm.output).toBe(0);
  });

  it('keeps the untouched sheet from the last build instead of rendering it again', () => {
    const reused = (p: string) => new RegExp(`${p.replace(/[/.]/g, '\\$&')}\\S*\\s+\\((cached|restored)\\)`);
    expect(warm.output).toMatch(reused('/articles/sheet-3/index.html'));
    expect(warm.output).toMatch(reused('/es/facts/sheet-3-fact-5/index.html'));
    expect(warm.output).toMatch(reused('/cards/facts/sheet-3-fact-5.png'));
    expect(warm.output).toMatch(reused('/data/sheet-3-data-1.csv'));
    // Left where the last build wrote it ("cached"), not copied back from Astro's cache ("restored").
    expect(warm.output).toMatch(/\/facts\/sheet-3-fact-5\/index\.html\S*\s+\(cached\)/);
    // Every edited sheet is rendered again.
    expect(warm.output).not.toMatch(reused('/articles/sheet-0/index.html'));
    expect(warm.output).not.toMatch(reused('/facts/sheet-0-fact-1/index.html'));
    expect(warm.output).not.toMatch(reused('/es/facts/sheet-1-fact-4/index.html'));
    expect(warm.output).not.toMatch(reused('/es/articles/sheet-2/index.html'));
    expect(warm.output).not.toMatch(reused('/data/sheet-2-data-1.csv'));
    expect(warm.output).not.toMatch(reused('/articles/sheet-4/index.html'));
  });

  it('publishes exactly the files a clean build of the edited content publishes', async () => {
    const dist = path.join(root, 'dist');
    const clean = path.join(root, 'clean');
    const names = await filesIn(clean);
    expect(await filesIn(dist)).toEqual(names);
    const differing: string[] = [];
    // 49 facts (five sheets of ten, one removed), each with a page, an embed, a card and an oEmbed
    // file in each language, and more besides.
    for (const name of atLeast(49 * 4 * 2, names, 'files in the clean build')) {
      const [a, b] = await Promise.all([readFile(path.join(dist, name)), readFile(path.join(clean, name))]);
      if (!a.equals(b)) differing.push(name);
    }
    expect(differing).toEqual([]);
  });

  it('removes the pages and cards of a removed fact, leaving its link as a redirect', async () => {
    const dist = path.join(root, 'dist');
    const gone = (p: string) => access(path.join(dist, p)).then(() => `${p} is still published`, () => 'gone');
    expect(await gone('cards/facts/sheet-0-fact-9.png')).toBe('gone');
    expect(await gone('es/cards/facts/sheet-0-fact-9.png')).toBe('gone');
    expect(await gone('oembed/facts/sheet-0-fact-9.json')).toBe('gone');
    expect(await gone('es/embed/facts/sheet-0-fact-9/index.html')).toBe('gone');
    const redirect = await readFile(path.join(dist, 'facts/sheet-0-fact-9/index.html'), 'utf8');
    expect(redirect).toContain('/facts/sheet-4-fact-8/');
    const sheet = await readFile(path.join(dist, 'articles/sheet-4/index.html'), 'utf8');
    expect(sheet).toContain('id="sheet-0-fact-9"');
  });

  it('shows the edits', async () => {
    const page = (p: string) => readFile(path.join(root, 'dist', p, 'index.html'), 'utf8');
    expect(await page('facts/sheet-0-fact-1')).toContain('recorded');
    expect(await page('articles/sheet-1')).toContain('Renamed publisher');
    expect(await page('es/articles/sheet-2')).toContain('3076');
  });
});

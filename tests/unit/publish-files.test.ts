/** Generated files (search index, oEmbed) are updated in place between builds: what a reader's browser fetches is exactly the latest. */
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/list-files.ts';
import { publishFiles } from '../../src/integrations/publish-files.ts';
import { filesIn } from '../support/site.ts';

let dir = '';
beforeAll(async () => {
  dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'fs-search-index-')), 'pagefind');
});
afterAll(() => rm(path.dirname(dir), { recursive: true, force: true }));

const file = (p: string, text: string) => ({ path: p, content: new TextEncoder().encode(text) });

describe('publishing generated files', () => {
  it('holds exactly the files of the latest index, with their latest bytes', async () => {
    await publishFiles(dir, [
      file('pagefind-entry.json', '{"v":1}'),
      file('fragment/en_a.pf_fragment', 'old fact'),
      file('fragment/en_b.pf_fragment', 'kept fact'),
    ]);
    // The kept file's time is set back rather than waited out: a rewrite would make it now.
    const kept = path.join(dir, 'fragment/en_b.pf_fragment');
    const lastYear = new Date('2025-01-01T00:00:00Z');
    await utimes(kept, lastYear, lastYear);
    await publishFiles(dir, [
      file('pagefind-entry.json', '{"v":2}'),
      file('fragment/en_b.pf_fragment', 'kept fact'),
      file('fragment/en_c.pf_fragment', 'new fact'),
    ]);
    expect(await filesIn(dir)).toEqual([
      'fragment/en_b.pf_fragment',
      'fragment/en_c.pf_fragment',
      'pagefind-entry.json',
    ]);
    expect(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')).toBe('{"v":2}');
    expect(await readFile(path.join(dir, 'fragment/en_c.pf_fragment'), 'utf8')).toBe('new fact');
    // An unchanged file is not written again.
    expect((await stat(kept)).mtime).toEqual(lastYear);
  });

  it('rewrites a file whose name stayed but whose bytes changed', async () => {
    await publishFiles(dir, [file('fragment/en_d.pf_fragment', 'first')]);
    await publishFiles(dir, [file('fragment/en_d.pf_fragment', 'second')]);
    expect(await readFile(path.join(dir, 'fragment/en_d.pf_fragment'), 'utf8')).toBe('second');
  });
});

describe('listing a folder', () => {
  it('lists every file below it, leaving out the folders it is told to skip', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'fs-list-'));
    for (const file of ['a.html', 'x/b.html', 'x/y/c.html', 'es/oembed/d.json', 'es/e.html', 'pagefind/f.js']) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
    expect(listFiles(root, new Set(['pagefind', path.join('es', 'oembed')])).sort()).toEqual(
      ['a.html', 'es/e.html', 'x/b.html', 'x/y/c.html'].map(path.normalize),
    );
    expect(listFiles(path.join(root, 'no-such-folder'))).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });
});

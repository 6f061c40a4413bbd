/**
 * Bad content must stop the real build with a message that names the file and the field, and must
 * leave nothing published. A few cases run `astro build` on a broken copy of the fixture; every
 * message of the content check is tested as a direct call (tests/unit/content-*.test.ts).
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build.ts';

const VALID = path.resolve('tests/fixtures/content-valid');
const FACT = 'facts/sample-sheet/sample-count.yaml';
const ARTICLE = 'articles/sample-sheet.mdx';

type Edit = (dir: string) => Promise<void>;
const edit =
  (file: string, change: (text: string) => string): Edit =>
  async (dir) => {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = change(before);
    // An edit that changes nothing would test the valid fixture, which builds.
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    await writeFile(target, after);
  };

const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map((d) => rm(d, { recursive: true, force: true })));
});

async function buildWith(change: Edit) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'fs-bad-'));
  temp.push(root);
  const content = path.join(root, 'content');
  const out = path.join(root, 'dist');
  await cp(VALID, content, { recursive: true });
  await change(content);
  const result = await astroBuild(out, content);
  const published = await stat(path.join(out, 'index.html')).then(
    () => true,
    () => false,
  );
  return { ...result, published, out };
}

describe.each<[string, Edit, string, RegExp]>([
  ['a YAML syntax error', edit(FACT, (t) => t.replace('unit: people', 'unit: [people')), FACT, /is not valid YAML \(line \d+\)/],
  [
    'an unknown fact id in an article',
    edit(ARTICLE, (t) => t.replace('<FactCard id="sample-share" />', '<FactCard id="no-such-fact" />')),
    ARTICLE,
    /line \d+: <FactCard> names fact "no-such-fact", which does not exist/,
  ],
  [
    'a sheet without its Spanish version',
    async (dir) => rm(path.join(dir, 'es', ARTICLE)),
    ARTICLE,
    /has no Spanish version: add content\/es\/articles\/sample-sheet\.mdx/,
  ],
])('%s', (_name, change, file, message) => {
  it('fails the build naming the file and the field, and publishes nothing', async () => {
    const { code, output, published } = await buildWith(change);
    expect(code).not.toBe(0);
    expect(output).toContain('Content check failed');
    expect(output).toContain(`content/${file}`);
    expect(output).toMatch(message);
    expect(published).toBe(false);
  });
});

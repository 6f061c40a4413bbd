/**
 * Bad content must stop the real build with a message that names the file and the field, and must
 * leave nothing published. A few cases run `astro build` on a broken copy of the fixture; every
 * message of the content check is tested as a direct call (tests/unit/content-*.test.ts).
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildFolder } from '../support/build.ts';
import { edit, fixtureCopy, remove, removeCopies, type Edit } from '../support/fixture-edits.ts';

const FACT = 'facts/sample-sheet/sample-count.yaml';
const ARTICLE = 'articles/sample-sheet.mdx';

const folders: string[] = [];
afterAll(() => Promise.all([removeCopies(), ...folders.map((f) => rm(f, { recursive: true, force: true }))]));

async function buildWith(change: Edit) {
  const content = await fixtureCopy(change);
  const folder = await buildFolder('fs-bad-content-');
  folders.push(folder);
  const out = path.join(folder, 'dist');
  const result = await astroBuild(out, content);
  const published = await stat(path.join(out, 'index.html')).then(
    () => true,
    () => false,
  );
  return { ...result, published, out };
}

describe.each<[string, Edit, string, RegExp]>([
  ['a YAML syntax error', edit(FACT, 'unit: people', 'unit: [people'), FACT, /is not valid YAML \(line \d+\)/],
  [
    'an unknown fact id in an article',
    edit(ARTICLE, '<FactCard id="sample-share" />', '<FactCard id="no-such-fact" />'),
    ARTICLE,
    /line \d+: <FactCard> names fact "no-such-fact", which does not exist/,
  ],
  [
    'a sheet without its Spanish version',
    remove(`es/${ARTICLE}`),
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

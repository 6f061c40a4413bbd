/**
 * Builds keep each file as it was last parsed and validated: a rebuild must read exactly what a
 * fresh check reads, including a file an editor has just changed or broken.
 */
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { checkContentDir, type CheckedContent } from '../../src/lib/content/check.ts';
import { ParseCache } from '../../src/lib/content/parse-cache.ts';
import { edit, fixtureCopy, removeCopies, TEST_DAY } from '../support/fixture-edits.ts';

let content = '';
let cacheDir = '';
// Each test edits its own copy of the fixture and starts with no cache, whatever ran before it.
beforeEach(async () => {
  content = await fixtureCopy();
  cacheDir = path.join(path.dirname(content), 'cache');
});
afterAll(removeCopies);

/** A check as a build runs it: the cache opened from its folder, and saved afterwards. */
async function buildCheck() {
  const cache = await ParseCache.open(cacheDir);
  const result = await checkContentDir(content, content, { today: TEST_DAY, cache });
  await cache.save();
  return result;
}
const fresh = () => checkContentDir(content, content, { today: TEST_DAY });
const COUNT = 'facts/sample-sheet/sample-count.yaml';
/** The fixture's counted fact as a check read it (a published fact, so it has a statement). */
const statementOf = (content: CheckedContent) => {
  const fact = content.facts.find((f) => f.id === 'sample-count')!.data;
  return fact.status === 'unverified' ? undefined : fact.statement;
};

describe('the parse cache', () => {
  it('gives a rebuild the same content and problems as a fresh check', async () => {
    await buildCheck();
    const rebuilt = await buildCheck();
    expect(rebuilt.problems).toEqual([]);
    expect(rebuilt.content).toEqual((await fresh()).content);
  });

  it('reads a file again when an editor changes it', async () => {
    await buildCheck();
    const before = statementOf((await fresh()).content);
    await edit(COUNT, /^statement: .*$/m, 'statement: A changed statement.')(content);
    const rebuilt = await buildCheck();
    const statement = statementOf(rebuilt.content);
    expect(statement).not.toBe(before);
    expect(statement).toBe('A changed statement.');
  });

  it('reports a file broken since the last build, and again on the next one', async () => {
    await buildCheck();
    await edit(COUNT, /^grade: .*$/m, 'grade: excellent')(content);
    const broken = (await buildCheck()).problems.map((p) => `${p.file} ${p.field}`);
    expect(broken).toContain(`${COUNT} grade`);
    expect((await buildCheck()).problems).toEqual((await fresh()).problems);
  });
});

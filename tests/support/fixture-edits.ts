/**
 * Tests on a changed copy of the fixture: each case copies tests/fixtures/content-valid, changes one
 * thing as an editor might, and then checks it (problems read as "file field: message") or builds it.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkContentDir } from '../../src/lib/content/check.ts';
import { FIXTURE_CONTENT } from './site.ts';

/** The day the fixture is checked on: no date in it may be later. */
export const TEST_DAY = new Date('2026-11-29T12:00:00Z');

/** One change to a copy of the fixture. */
export type Edit = (dir: string) => Promise<void>;

/** Replaces text in one file; an edit that changes nothing would test the valid fixture, so it throws. */
export const edit =
  (file: string, from: string | RegExp, to: string): Edit =>
  async (dir) => {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    await writeFile(target, after);
  };

/** Writes a new file. */
export const write =
  (file: string, text: string): Edit =>
  async (dir) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };

/** Deletes a file. */
export const remove =
  (file: string): Edit =>
  (dir) =>
    rm(path.join(dir, file));

/** Several changes, in order. */
export const all =
  (...edits: Edit[]): Edit =>
  async (dir) => {
    for (const e of edits) await e(dir);
  };

/**
 * A third figure after sample-count-later (2020), in `sheet`'s folder, where the counted card and its
 * newer figure sit: sample-count → sample-count-later → sample-count-latest. The yearly `updates`
 * moves to the newest figure.
 */
export const chainOfThree = (sheet = 'sample-sheet'): Edit =>
  all(
    edit(`facts/${sheet}/sample-count-later.yaml`, /^updates: .*$/m, 'newer: [sample-count-latest]'),
    write(
      `facts/${sheet}/sample-count-latest.yaml`,
      [
        'status: verified',
        'grade: news-report',
        'statement: A third sample news report counted {value} people.',
        'value: 3456',
        'unit: people',
        'headline: { label: people counted by the third report }',
        'year: 2021',
        'sources:',
        '  - id: sample-secondary',
        '    quote: Un tercer informe contó 3,456 personas.',
        '    checked: 2026-11-28',
        'es:',
        '  statement: Un tercer informe periodístico de muestra contó {value} personas.',
        '  headline: { label: personas contadas por el tercer informe }',
        'updates: { schedule: sample-yearly-report, edition: 2022, checked: 2026-11-28 }',
        '',
      ].join('\n'),
    ),
    edit('permalinks.yaml', '  - sample-count\n', '  - sample-count\n  - sample-count-latest\n'),
  );

const copies: string[] = [];

/** Removes every copy made so far (call from afterAll). */
export const removeCopies = () => Promise.all(copies.splice(0).map((d) => rm(d, { recursive: true, force: true })));

/**
 * A fresh copy of the fixture with one change made, as `<temporary folder>/content` (build output
 * and caches can go beside it); removeCopies() deletes the temporary folder.
 */
export async function fixtureCopy(change: Edit = async () => {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'fs-fixture-'));
  copies.push(root);
  const dir = path.join(root, 'content');
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  await change(dir);
  return dir;
}

/** The fixture's problems after one change, as "file field: message" ("file: message" for a whole file). */
export async function problemsAfter(change: Edit): Promise<string[]> {
  const dir = await fixtureCopy(change);
  const { problems } = await checkContentDir(dir, dir, { today: TEST_DAY });
  return problems.map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`.replace(/ +:/, ':'));
}

/** A build empties its output folder, so the folder must be one of its own inside the project (keep-built-pages.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeOutDir } from '../../src/integrations/keep-built-pages.ts';

const root = path.resolve('/work/site');

describe('the output folder a build may empty', () => {
  it.each([['dist'], ['.tmp/fs-sites-1/fixture'], ['build/out']])('may be %s inside the project', (folder) => {
    expect(unsafeOutDir(path.join(root, folder), root)).toBeUndefined();
  });

  it.each([
    ['/work', 'is outside the project'],
    ['/tmp/site', 'is outside the project'],
    ['/work/site-other/dist', 'is outside the project'],
    ['/work/site', 'is the project folder itself'],
    ['/work/site/content', "is inside the project's content/ folder, which holds sources"],
    ['/work/site/src/pages', "is inside the project's src/ folder, which holds sources"],
    ['/work/site/node_modules/.astro', "is inside the project's node_modules/ folder, which holds sources"],
  ])('may not be %s: it %s', (folder, why) => {
    expect(unsafeOutDir(path.resolve(folder), root)).toBe(why);
  });
});

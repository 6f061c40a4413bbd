/**
 * Dependencies point one way: pages → components → lib. lib/ holds pure modules that tests import
 * directly; it never reaches up into interface text (i18n/), components or pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast } from '../support/counts.ts';

const LIB = path.resolve('src/lib');

async function sources(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((f) => /\.(ts|astro)$/.test(f)).map((f) => path.join(dir, f));
}

/** The module paths a file imports or re-exports. */
function imports(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('src/lib', () => {
  it('imports nothing from i18n/, components/, layouts/, pages/ or integrations/', async () => {
    const upward: string[] = [];
    // src/lib holds formatting, citations, charts, the content model and share cards: dozens of modules.
    for (const file of atLeast(20, await sources(LIB), 'modules in src/lib')) {
      for (const spec of imports(await readFile(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = path.relative(path.resolve('src'), path.resolve(path.dirname(file), spec));
        if (/^(i18n|components|layouts|pages|integrations)\//.test(target))
          upward.push(`${path.relative(LIB, file)} → ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });
});

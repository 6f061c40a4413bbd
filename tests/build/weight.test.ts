/**
 * Page-weight budgets (gzip bytes are deterministic, so they are tested; build times live in
 * `npm run bench`). The sheets' budgets are about the real sheets, so tests/smoke checks those.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../support/bundle.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGS } from '../support/languages.ts';
import { builtPages, page } from '../support/site.ts';

const distDir = inject('distDir');
const KB = 1000;
let pages: string[];

beforeAll(async () => {
  pages = await builtPages(distDir);
});

describe('page weight budgets (gzip)', () => {
  it('all the CSS of any page is at most 10 KB', async () => {
    for (const p of exactly(LANGS.length * IN_FIXTURE.builtPagesPerLanguage, pages, 'pages'))
      expect((await pageWeight(distDir, p, await page(distDir, p))).css, p).toBeLessThanOrEqual(10 * KB);
  });
});

/** Page-weight budgets (gzip bytes are deterministic, so they are tested; build times live in `npm run bench`). */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../support/bundle.ts';
import { builtPages, page } from '../support/site.ts';

const distDir = inject('distDir');
const KB = 1000;
let pages: string[];

beforeAll(async () => {
  pages = await builtPages(distDir);
});

describe('page weight budgets (gzip)', () => {
  it('all the CSS of any page is at most 10 KB', async () => {
    for (const p of pages)
      expect((await pageWeight(distDir, p, await page(distDir, p))).css, p).toBeLessThanOrEqual(10 * KB);
  });

  // The HTML budget rose from 30 to 35 KB when the second fact check made the trafficking sheet check
  // nineteen claims instead of ten, each with its grade and fact-check markup; what a reader loads
  // before and with the charts keeps its budget.
  it('an article’s HTML is at most 35 KB; before a chart is drawn it loads at most 45 KB; with every chart, 100 KB', async () => {
    for (const p of pages.filter((x) => x.startsWith('/articles/'))) {
      const w = await pageWeight(distDir, p, await page(distDir, p));
      expect(w.html, p).toBeLessThanOrEqual(35 * KB);
      expect(w.beforeCharts, p).toBeLessThanOrEqual(45 * KB);
      expect(w.withCharts, p).toBeLessThanOrEqual(100 * KB);
    }
  });
});

/** Charts in real Chromium: drawn only when near the viewport, painted, complete without JavaScript. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { IN_FIXTURE } from '../support/counts.ts';

const baseUrl = inject('baseUrl');
// The fixture sheet with charts (tests/fixtures/content-valid).
const ARTICLE = '/articles/second-sheet/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records its script requests and console errors. */
async function open(path: string, options: { width?: number; height?: number; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1024, height: options.height ?? 700 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, scripts, errors, close: () => context.close() };
}

/** Counts pixels of a canvas that are not transparent. */
function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    return painted;
  });
}

describe('chart islands', () => {
  it('load no chart code before a chart comes near the viewport, then draw it', async () => {
    // A short window, so the first chart starts well below it.
    const { page, scripts, errors, close } = await open(ARTICLE, { height: 300 });
    const first = page.locator('fs-chart').first();
    expect(await first.getAttribute('data-state')).toBeNull();
    const before = [...scripts];
    expect(before.some((s) => s.includes('chart-runtime'))).toBe(false);

    await first.scrollIntoViewIfNeeded();
    await page.waitForSelector('fs-chart[data-state="drawn"]', { timeout: 10_000 });
    expect(scripts.some((s) => s.includes('chart-runtime'))).toBe(true);
    expect(await paintedPixels(page, 'fs-chart[data-state="drawn"] canvas')).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await close();
  });

  it('stay legible on a 360 px phone: the chart fits the screen and keeps its height', async () => {
    const { page, close } = await open(ARTICLE, { width: 360 });
    const chart = page.locator('fs-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('fs-chart[data-state="drawn"]');
    const box = (await chart.locator('canvas').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.height).toBeGreaterThanOrEqual(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await close();
  });

  it('draw every chart on a page without console errors', async () => {
    const { page, errors, close } = await open(ARTICLE);
    // The fixture sheet has a yearly count, a comparison of places, and two counts defined
    // differently, drawn as two panels: four drawings.
    expect(await page.locator('fs-chart').count()).toBe(4);
    for (const chart of await page.locator('fs-chart').all()) await chart.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('fs-chart')].every((c) => c.getAttribute('data-state') === 'drawn'),
    );
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the build-time drawing', () => {
  it('stands in the chart’s place until Chart.js draws it, at the same size, so nothing moves', async () => {
    const { page, close } = await open(ARTICLE, { height: 300 });
    const figure = page.locator('figure.stat-chart').first();
    const svg = figure.locator('.print-chart svg');
    expect(await svg.isVisible()).toBe(true);
    expect(await figure.locator('canvas').isVisible()).toBe(false);
    const before = (await figure.boundingBox())!.height;
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('fs-chart[data-state="drawn"]');
    expect(await svg.isVisible()).toBe(false);
    expect(await figure.locator('canvas').isVisible()).toBe(true);
    expect(Math.abs((await figure.boundingBox())!.height - before)).toBeLessThanOrEqual(1);
    await close();
  });
});

describe('without JavaScript', () => {
  it('every chart is drawn where it stands, with no empty gap', async () => {
    const { page, close } = await open(ARTICLE, { javaScriptEnabled: false });
    const figures = await page.locator('figure.stat-chart').all();
    expect(figures.length).toBe(3);
    for (const figure of figures) {
      // One drawing per panel (a figure of series measured differently has two).
      const drawings = await figure.locator('.print-chart').all();
      expect(drawings.length).toBeGreaterThan(0);
      for (const drawing of drawings) {
        expect(await drawing.isVisible()).toBe(true);
        expect((await drawing.boundingBox())!.height).toBeGreaterThanOrEqual(190);
        // Bars or lines, not only axes (pattern tiles inside <defs> do not count).
        expect(await drawing.locator('svg > rect, svg > polyline').count()).toBeGreaterThan(0);
      }
      // One canvas per drawing, each hidden under it.
      const canvases = await figure.locator('canvas').all();
      expect(canvases.length).toBe(drawings.length);
      for (const canvas of canvases) expect(await canvas.isVisible()).toBe(false);
    }
    await close();
  });

  it('every chart still shows its title and source line, and opens its data table and sources', async () => {
    const { page, scripts, close } = await open(ARTICLE, { javaScriptEnabled: false });
    const figures = page.locator('figure.stat-chart');
    expect(await figures.count()).toBe(IN_FIXTURE.charts);
    for (const figure of await figures.all()) {
      expect(await figure.locator('.title').isVisible()).toBe(true);
      expect(await figure.locator('.source-line').isVisible()).toBe(true);
      // Closed at first: the table and the full sources are one tap away, with no script.
      expect(await figure.locator('table').isVisible()).toBe(false);
      expect(await figure.locator('.source').isVisible()).toBe(false);
      await figure.locator('details.table-sources > summary').click();
      expect(await figure.locator('table').isVisible()).toBe(true);
      expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
      expect(await figure.locator('.source').isVisible()).toBe(true);
    }
    expect(scripts).toEqual([]);
    await close();
  });
});

describe('tables on a 360 px phone', () => {
  it('never clip a figure: every table sits in a box that scrolls sideways, with edge shadows that show there is more', async () => {
    for (const sheet of ['/articles/sample-sheet/', ARTICLE]) {
      const { page, close } = await open(sheet, { width: 360 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), sheet).toBeLessThanOrEqual(360);
      const report = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].map((table) => {
          const wrap = table.closest<HTMLElement>('.table-wrap');
          const clipped = [...table.querySelectorAll<HTMLElement>('td, th')].filter(
            (cell) => cell.scrollWidth > cell.clientWidth + 1,
          ).length;
          return {
            wrapped: wrap !== null,
            scrolls: wrap ? getComputedStyle(wrap).overflowX : '',
            hint: wrap ? getComputedStyle(wrap).backgroundImage.includes('gradient') : false,
            clipped,
          };
        }),
      );
      expect(report.length, sheet).toBeGreaterThan(0);
      for (const table of report)
        expect(table, sheet).toEqual({ wrapped: true, scrolls: 'auto', hint: true, clipped: 0 });
      await close();
    }
  });
});

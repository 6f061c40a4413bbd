/** A sheet taken in at a glance: its key figures and its contents, and where their links land. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
// The fixture sheet with two current headline figures (tests/fixtures/content-valid).
const SHEET = '/articles/second-sheet/';
// Where a link lands, measured once the page has stopped: without smooth scrolling (a reader's
// choice of reduced motion), a click is not made while the last one still scrolls the page.
// Smooth scrolling to a fact is tested in reading.test.ts.
const NO_SMOOTH_SCROLL = { reducedMotion: 'reduce' } as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('key figures', () => {
  it('show the current headline figures, newest data first, and each link lands on its card', async () => {
    const context = await browser.newContext(NO_SMOOTH_SCROLL);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${SHEET}`);
    const figures = page.locator('.key-figures li');
    expect(await figures.locator('.value').allInnerTexts()).toEqual(['more than 500', '4,321']);
    expect(await figures.locator('.label').allInnerTexts()).toEqual([
      'people affected in Mexico, modelled estimate',
      'people in the yearly count',
    ]);
    for (const id of ['second-places', 'second-yearly']) {
      await page.locator(`.key-figures a[href="#${id}"]`).click();
      await page.waitForURL(`${baseUrl}${SHEET}#${id}`);
      const card = page.locator(`article.fact[id="${id}"]`);
      expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await card.isVisible()).toBe(true);
      const box = (await card.boundingBox())!;
      const strip = (await page.locator('.safety-strip').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(strip.y + strip.height);
    }
    await context.close();
  });
});

describe('contents', () => {
  it('list every section of the sheet, and each link lands on its heading', async () => {
    const context = await browser.newContext(NO_SMOOTH_SCROLL);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${SHEET}`);
    const links = page.locator('nav.toc a');
    expect(await links.allInnerTexts()).toEqual([
      'Key figures',
      'Counts over the years',
      'Comparing places',
      'What was announced',
      'Claims we could not verify',
      'Sources',
      'Where this sheet started',
    ]);
    for (const link of await links.all()) {
      const id = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      await page.waitForURL(`${baseUrl}${SHEET}#${id}`);
      expect(await page.locator(`[id="${id}"]`).evaluate((el) => /^H2$/.test(el.tagName))).toBe(true);
    }
    await context.close();
  });

  it('stay beside the text and in view on a wide screen, and come before the text on a phone', async () => {
    const wide = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    let page = await wide.newPage();
    await page.goto(`${baseUrl}${SHEET}`);
    const prose = (await page.locator('.prose').boundingBox())!;
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY > 1000);
    const toc = (await page.locator('nav.toc').boundingBox())!;
    expect(toc.x).toBeGreaterThanOrEqual(prose.x + prose.width);
    expect(toc.y).toBeGreaterThanOrEqual(0);
    expect(toc.y + toc.height).toBeLessThanOrEqual(900);
    await wide.close();

    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    page = await phone.newPage();
    await page.goto(`${baseUrl}${SHEET}`);
    const tocBox = (await page.locator('nav.toc').boundingBox())!;
    const proseBox = (await page.locator('.prose').boundingBox())!;
    expect(tocBox.y + tocBox.height).toBeLessThanOrEqual(proseBox.y);
    expect(tocBox.x + tocBox.width).toBeLessThanOrEqual(360);
    await phone.close();
  });
});

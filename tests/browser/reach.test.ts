/** Search and quick exit in real Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { QUICK_EXIT_URL } from '../../src/lib/site.ts';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A context where the quick-exit page is served locally: tests never reach another host. */
async function offlineContext() {
  const context = await browser.newContext();
  const exit = new URL(QUICK_EXIT_URL);
  await context.route(`${exit.origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }),
  );
  return context;
}

describe('search', () => {
  it('finds a fact by a word in its statement, and its result lands on the fact in its sheet', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/`);
    await page.getByLabel('Search the facts, fact sheets and sources').fill('announced');
    await page.getByRole('button', { name: 'Search' }).click();
    const first = page.locator('fs-search ol li a').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href).toBe('/articles/second-sheet/#second-event');
    expect(page.url()).toContain('?q=announced');
    // A fact's result says what kind of evidence stands behind it, as its card does.
    const id = href!.split('#')[1]!;
    const card = await page.request.get(`${baseUrl}/facts/${id}/`);
    const grade = /class="grade-badge[^"]*"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?([^<]+)</
      .exec(await card.text())![1]!
      .trim();
    expect(await page.locator('fs-search ol li').first().locator('.grade').textContent()).toBe(grade);
    await first.click();
    await page.waitForURL(/#second-event$/);
    const target = new URL(page.url()).hash.slice(1);
    expect(await page.evaluate((x) => document.getElementById(x)?.matches(':target'), target)).toBe(true);
    await context.close();
  });
});

describe('quick exit', () => {
  it('replaces the page, so Back does not return to the sheet', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // The fixture sheet with a content note.
    await page.goto(`${baseUrl}/articles/sample-sheet/`);
    await page.getByRole('link', { name: /Leave this site/ }).click();
    await page.waitForURL(QUICK_EXIT_URL);
    await page.goBack();
    expect(page.url()).toBe(`${baseUrl}/`);
    await context.close();
  });

  it('leaves when Escape is pressed twice', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.goto(`${baseUrl}/articles/sample-sheet/`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(QUICK_EXIT_URL);
    await page.goBack();
    expect(page.url()).toBe(`${baseUrl}/`);
    await context.close();
  });

  it('covers no text on a phone, and tells a touch screen what one tap does', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const urlPath of ['/search/', '/articles/second-sheet/', '/404.html']) {
      await page.goto(`${baseUrl}${urlPath}`);
      const strip = (await page.locator('.safety-strip').boundingBox())!;
      // Nothing of the page lies under the strip: the header starts below it.
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.y, urlPath).toBeGreaterThanOrEqual(strip.y + strip.height - 1);
      expect(await page.getByRole('link', { name: /Leave this site/ }).isVisible(), urlPath).toBe(true);
      expect(await page.locator('#exit-hint').innerText()).toBe('one tap opens a weather site');
    }
    // Following a link to a fact, the fact is not hidden under the strip.
    await page.goto(`${baseUrl}/articles/second-sheet/#second-event`);
    const strip = (await page.locator('.safety-strip').boundingBox())!;
    const target = (await page.locator('#second-event').boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(strip.y + strip.height);
    await context.close();
  });

  it('tells a keyboard user about Escape twice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('#exit-hint').innerText()).toBe('or press Esc twice');
    await context.close();
  });
});

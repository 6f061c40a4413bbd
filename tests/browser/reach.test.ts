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

  it('is not offered on sheets that do not need it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The fixture sheet without a content note.
    await page.goto(`${baseUrl}/articles/second-sheet/`);
    expect(await page.getByRole('link', { name: /Leave this site/ }).count()).toBe(0);
    await context.close();
  });
});

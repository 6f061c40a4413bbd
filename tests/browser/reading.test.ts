/** A reader's first steps, in real Chromium: from the home page to an article, and to a shared fact. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { launchBrowser } from '../support/browser.ts';
import { atLeast, exactly, IN_FIXTURE } from '../support/counts.ts';
import { builtContent } from '../support/site.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let content: CheckedContent;

beforeAll(async () => {
  content = await builtContent();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('links to every fact sheet, and the link opens it', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    for (const article of exactly(IN_FIXTURE.sheets, content.articles, 'sheets')) {
      await expect(page.getByRole('link', { name: article.data.title }).count()).resolves.toBe(1);
    }
    const first = content.articles.toSorted((a, b) => a.data.order - b.data.order)[0]!;
    await page.getByRole('link', { name: first.data.title }).click();
    await page.waitForURL(`${baseUrl}/articles/${first.id}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(first.data.title);
    await page.close();
  });
});

describe('article page', () => {
  it('shows every numbered fact with its figure', async () => {
    const page = await context.newPage();
    for (const article of exactly(IN_FIXTURE.sheets, content.articles, 'sheets')) {
      await page.goto(`${baseUrl}/articles/${article.id}/`);
      const cards = page.locator('article.fact');
      // Each fixture sheet places two or three fact cards.
      const placed = atLeast(
        2,
        [...article.body.matchAll(/<FactCard\s+id="([^"]+)"/g)].map((m) => m[1]),
        'cards',
      );
      expect(await cards.count()).toBe(placed.length);
      expect(await cards.evaluateAll((els) => els.map((e) => e.id))).toEqual(placed);
      for (const card of await cards.all()) expect(await card.isVisible()).toBe(true);
    }
    await page.close();
  });

  it('scrolls to and highlights the fact named in the address (#fact-id)', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 400 });
    const article = content.articles[0]!;
    const placed = [...article.body.matchAll(/<FactCard\s+id="([^"]+)"/g)].map((m) => m[1]!);
    const last = placed.at(-1)!;
    // Scrolling is smooth for readers who allow motion: wait until it has ended (the page is long
    // enough to scroll at this size, so the event comes).
    await page.addInitScript(() =>
      addEventListener('scrollend', () => ((window as { scrolled?: boolean }).scrolled = true)),
    );
    await page.goto(`${baseUrl}/articles/${article.id}/#${last}`);
    await page.waitForFunction(() => (window as { scrolled?: boolean }).scrolled);
    const state = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const box = el.getBoundingClientRect();
      return {
        target: el.matches(':target'),
        inView: box.top >= 0 && box.top < window.innerHeight,
        // The page scrolled, unless it is too short to scroll at all.
        scrolled: window.scrollY > 0 || document.documentElement.scrollHeight <= window.innerHeight,
        outline: getComputedStyle(el).outlineStyle,
      };
    }, last);
    expect(state).toEqual({ target: true, inView: true, scrolled: true, outline: 'solid' });
    await page.close();
  });
});

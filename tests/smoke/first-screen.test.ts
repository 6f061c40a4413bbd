/**
 * The real sheets' first screen holds a figure: on a 360×740 phone, in both languages, each sheet's
 * first key figure starts within the screen a reader first sees (tests/browser/first-screen.test.ts
 * checks the layout on the fixture; this checks that the real titles and In brief leave it room).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { atLeast } from '../support/counts.ts';
import { LANGUAGES } from '../support/languages.ts';
import { builtContent, REAL_CONTENT } from '../support/site.ts';

const baseUrl = inject('realBaseUrl');
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
let browser: Browser;
let sheets: string[] = [];

beforeAll(async () => {
  if (inject('realBuildCode') !== 0) return;
  sheets = (await builtContent(REAL_CONTENT)).articles.map((a) => a.id);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('every real sheet in %s on a 360×740 phone', (_lang, prefix) => {
  it('shows its first key figure within the first screen', async () => {
    expect(inject('realBuildCode'), inject('realBuildOutput')).toBe(0);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    for (const sheet of atLeast(1, sheets, 'real sheets')) {
      await page.goto(`${baseUrl}${prefix}/articles/${sheet}/`);
      const figure = (await page.locator('.key-figures .value').first().boundingBox())!;
      expect(figure.y, `${prefix}/articles/${sheet}/`).toBeLessThan(PHONE.viewport.height);
    }
    await context.close();
  });
});

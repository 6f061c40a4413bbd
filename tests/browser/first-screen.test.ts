/**
 * A sheet's first screen holds a figure: on a 360×740 phone and a 1366×768 laptop, in both
 * languages, the first key figure's number starts on the screen a reader first sees, under the
 * title and the In brief, whose sentences show the facts' values. The content note and the help
 * lines take one line each and open to the rest.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGUAGES } from '../support/languages.ts';

const baseUrl = inject('baseUrl');
const SHEETS = exactly(IN_FIXTURE.sheets, ['sample-sheet', 'second-sheet'], 'fixture sheets');
const SCREENS: [string, BrowserContextOptions & { viewport: { width: number; height: number } }][] = [
  ['a 360×740 phone', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }],
  ['a 1366×768 laptop', { viewport: { width: 1366, height: 768 } }],
];
// The fixture's In brief (tests/fixtures/content-valid/articles/sample-sheet.mdx), filled from its facts.
const IN_BRIEF = {
  en: [
    'A later sample report counted 2,345 people in 2020.',
    'The sample survey found that 12.5% of people were affected in the years 2018–2019.',
    'Some claims of the original could not be checked.',
  ],
  es: [
    'Un informe de muestra posterior contó 2,345 personas en 2020.',
    'La encuesta de muestra encontró que el 12.5% de las personas estaban afectadas en los años 2018–2019.',
    'Algunas afirmaciones del original no se pudieron comprobar.',
  ],
};
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SCREENS)('on %s', (_, options) => {
  it.each(LANGUAGES)('every sheet in %s shows its first key figure on the first screen', async (_lang, prefix) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const sheet of SHEETS) {
      await page.goto(`${baseUrl}${prefix}/articles/${sheet}/`);
      const title = (await page.locator('h1').boundingBox())!;
      const figure = (await page.locator('.key-figures .value').first().boundingBox())!;
      expect(figure.y, `${prefix}/articles/${sheet}/`).toBeGreaterThan(title.y + title.height);
      expect(figure.y, `${prefix}/articles/${sheet}/`).toBeLessThan(options.viewport.height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
    await context.close();
  });
});

describe.each(LANGUAGES)('In brief in %s', (lang, prefix) => {
  it('sits under the title and over the key figures, with the facts’ values', async () => {
    const context = await browser.newContext(SCREENS[0]![1]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${prefix}/articles/sample-sheet/`);
    const sentences = exactly(
      IN_FIXTURE.inBriefSentences,
      await page.locator('.in-brief li').allInnerTexts(),
      'sentences',
    );
    expect(sentences.map((s) => s.replace(/\u00a0/g, ' '))).toEqual(IN_BRIEF[lang]);
    expect(await page.locator('.in-brief [data-from="fact:sample-count-later"]').innerText()).toBe('2,345');
    const title = (await page.locator('h1').boundingBox())!;
    const brief = (await page.locator('.in-brief').boundingBox())!;
    const figures = (await page.locator('.key-figures').boundingBox())!;
    expect(brief.y).toBeGreaterThan(title.y + title.height);
    expect(figures.y).toBeGreaterThanOrEqual(brief.y + brief.height);
    await context.close();
  });
});

describe('the content note and the help lines on a phone', () => {
  it('take one line each and open to the rest without JavaScript', async () => {
    const context = await browser.newContext({ ...SCREENS[0]![1], javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/sample-sheet/`);
    const note = page.locator('.content-note summary');
    const lineHeight = await note.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await note.boundingBox())!.height).toBeLessThan(lineHeight * 1.6);
    await note.click();
    await expect.poll(() => page.locator('.content-note').getAttribute('open')).toBe('');
    // Open, the whole note shows: nothing of it is cut off.
    expect(await page.locator('.content-note .note').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The numbers dial at once; who answers them is behind "More".
    const help = page.locator('.help-lines.compact');
    expect(await help.locator('.bar a[href^="tel:"]').count()).toBeGreaterThan(0);
    await expect.poll(() => help.locator('details ul').isVisible()).toBe(false);
    await help.locator('summary').click();
    await expect.poll(() => help.locator('details ul').isVisible()).toBe(true);
    await context.close();
  });
});

/**
 * The handout builder in real Chromium, as a teacher uses it: a shared link opens with its facts
 * chosen and laid out for print, a renamed id follows the registry, an unknown id is reported, and
 * the QR code on the handout decodes to the handout's own address.
 */
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { printToPdf } from '../support/pdf.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a handout link', () => {
  it('opens with its facts chosen and shown, the renamed one followed and the unknown one listed', async () => {
    // Twice the pixels of a plain screen, as any printer has more: at 22 mm a code at one pixel per
    // CSS pixel has under three pixels a module, and decoding it failed now and then.
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // Fixture facts from both sheets; second-old was renamed second-event; no-such-fact never existed.
    const address = `${baseUrl}/handout/?facts=second-yearly,sample-share,second-old,no-such-fact`;
    await page.goto(address);
    await page.waitForSelector('fs-handout[data-state="ready"]');
    const chosen = await page
      .locator('form input[type="checkbox"]:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(chosen.sort()).toEqual(['sample-share', 'second-event', 'second-yearly']);
    expect(
      await page
        .locator('.handout .facts > li')
        .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['fact'])),
    ).toEqual(['second-yearly', 'sample-share', 'second-event']);
    // Each fact carries its grade, data year and sources.
    for (const item of await page.locator('.handout .facts > li').all()) {
      expect(await item.locator('.grade-badge').count()).toBeGreaterThan(0);
      expect(await item.locator('.meta').textContent()).toContain('Data year');
      expect(await item.locator('.sources li').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('.handout .unknown').textContent()).toContain('no-such-fact');
    expect(await page.locator('.handout .unknown').textContent()).not.toContain('second-old');
    expect(await page.locator('.help-lines').count()).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const png = PNG.sync.read(await page.locator('.handout .qr').screenshot({ scale: 'device' }));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(address);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is written by ticking facts: the address lists them, so the link can be shared', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/es/handout/`);
    await page.locator('input[value="second-places"]').check();
    await page.locator('input[value="sample-count"]').check();
    await page.getByRole('button', { name: 'Armar el folleto' }).click();
    await page.waitForSelector('fs-handout[data-state="ready"]');
    expect(new URL(page.url()).searchParams.get('facts')).toBe('sample-count,second-places');
    expect(await page.locator('.handout .facts > li').count()).toBe(2);
    // Read from the Spanish embeds: the facts are in Spanish too.
    expect(await page.locator('.handout .facts > li .meta').first().textContent()).toContain('Año de los datos');
    await context.close();
  });

  it('without JavaScript, says it needs it and links to the printable sheets', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/handout/?facts=second-yearly`);
    expect(await page.locator('.needs-js').isVisible()).toBe(true);
    expect(await page.locator('.needs-js a[href="/articles/second-sheet/"]').count()).toBe(1);
    expect(await page.locator('fs-handout').isVisible()).toBe(false);
    await context.close();
  });

  it('prints only the handout: no picker, and the fixture’s facts on one page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/handout/?facts=second-yearly,sample-share,second-event`);
    await page.waitForSelector('fs-handout[data-state="ready"]');
    const { pages, text } = await printToPdf(page, 'A4');
    expect(pages).toBe(1);
    expect(text).not.toContain('Make the handout');
    expect(text).toContain('Handout: checked facts');
    await context.close();
  });
});

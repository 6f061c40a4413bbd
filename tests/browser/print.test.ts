/**
 * Printed fact sheets stand on their own: every figure, source and help line, no site chrome, a QR
 * code to the page. On the fixture; the real sheets' page budgets are in tests/smoke/.
 */
import jsQR from 'jsqr';
import type { Browser, BrowserContext } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { launchBrowser } from '../support/browser.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGS, prefixOf as prefix } from '../support/languages.ts';
import { printedText, printToPdf, squash, type PaperFormat } from '../support/pdf.ts';
import { builtContent, page as builtPage, printedSheetNeeds } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const FORMATS: PaperFormat[] = ['A4', 'Letter'];
// The fixture's sheets are short: each prints on at most two pages.
const MAX_PAGES = 2;
// Words of the site's navigation and controls, which a printed sheet must not show.
const SCREEN_ONLY = {
  en: ['Skip to content', 'How we check', 'Copy link', 'Print this fact sheet', 'Share or cite', 'Cite this'],
  es: [
    'Ir al contenido',
    'Cómo verificamos',
    'Copiar enlace',
    'Imprimir esta ficha',
    'Compartir o citar',
    'Citar esta ficha',
  ],
};

let browser: Browser;
let context: BrowserContext;
let content: CheckedContent;
let site: string;

beforeAll(async () => {
  content = await builtContent();
  const $ = await builtPage(distDir, '/');
  site = new URL($('link[rel="canonical"]').attr('href')!).origin;
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

const published = () => content.facts.filter((f) => f.data.status !== 'unverified');

describe('printed fact sheets', () => {
  it.each(FORMATS)(
    'fit their page budget on %s and carry everything a reader needs, without site chrome, in both languages',
    async (format) => {
      const page = await context.newPage();
      for (const lang of LANGS) {
        for (const article of exactly(IN_FIXTURE.sheets, content.articles, 'sheets')) {
          const where = `${prefix(lang)}/articles/${article.id}/ on ${format}`;
          await page.goto(`${baseUrl}${prefix(lang)}/articles/${article.id}/`);
          const { pages, text, pageBodies } = await printToPdf(page, format);
          expect(pages, where).toBeLessThanOrEqual(MAX_PAGES);
          const printed = squash(text);
          const missing = printedSheetNeeds(content, site, article.id, lang).filter(
            (needed) => !printedText(pageBodies, needed),
          );
          expect(missing, where).toEqual([]);
          const chrome = SCREEN_ONLY[lang].filter((label) => printed.includes(squash(label)));
          expect(chrome, where).toEqual([]);
        }
      }
      await page.close();
    },
  );

  it('carry the site’s name, the page’s address and “page of pages” at the foot of every page', async () => {
    const page = await context.newPage();
    for (const [urlPath, name] of [
      ['/articles/second-sheet/', 'Mexico Fact Sheets'],
      ['/es/articles/sample-sheet/', 'Fichas sobre México'],
      ['/facts/sample-count/', 'Mexico Fact Sheets'],
    ] as const) {
      await page.goto(`${baseUrl}${urlPath}`);
      const { pages, pageTexts } = await printToPdf(page, 'A4');
      pageTexts.forEach((text, i) => {
        const where = `${urlPath}, page ${i + 1}`;
        expect(squash(text), where).toContain(squash(`${name} · ${site}${urlPath}`));
        expect(squash(text), where).toContain(squash(`${i + 1} / ${pages}`));
      });
    }
    await page.close();
  });

  it('print charts whose tick labels are at least 7 pt, on a sheet and on a fact page', async () => {
    const page = await context.newPage();
    for (const urlPath of ['/articles/second-sheet/', '/facts/second-yearly/']) {
      await page.goto(`${baseUrl}${urlPath}`);
      const { items } = await printToPdf(page, 'Letter');
      // The y axis of every chart starts at a "0" tick; nothing else on these pages prints a lone 0.
      const zeros = items.filter((i) => i.text === '0');
      expect(zeros.length, urlPath).toBeGreaterThan(0);
      for (const zero of zeros) expect(zero.pt, urlPath).toBeGreaterThanOrEqual(6.95);
    }
    await page.close();
  });

  it('print a QR code that decodes to the page’s own address', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const article of exactly(IN_FIXTURE.sheets, content.articles, 'sheets')) {
      await page.goto(`${baseUrl}/articles/${article.id}/`);
      const png = PNG.sync.read(await page.locator('.print-header .qr').screenshot({ scale: 'device' }));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(`${site}/articles/${article.id}/`);
    }
    await page.close();
  });

  it('print each chart’s table, notes and sources, which the screen keeps in a closed control', async () => {
    // The fixture's sample-places chart: Place A and Place B share one note, read in one report.
    const page = await context.newPage();
    for (const [lang, caption, row, note] of [
      ['en', 'Data: Sample estimate by place (2019)', 'Place A 320', 'a. Place A, Place B. Read in a regional report.'],
      [
        'es',
        'Datos: Estimación de muestra por lugar (2019)',
        'Lugar A 320',
        'a. Lugar A, Lugar B. Leído en un informe regional.',
      ],
    ] as const) {
      for (const format of FORMATS) {
        await page.goto(`${baseUrl}${prefix(lang)}/articles/second-sheet/`);
        expect(await page.locator('#chart-sample-places details.table-sources').getAttribute('open')).toBeNull();
        const { pageBodies } = await printToPdf(page, format);
        const where = `${lang} on ${format}`;
        // The table's caption and a row (label and value, which the drawing never prints together).
        expect(printedText(pageBodies, caption), where).toBe(true);
        expect(printedText(pageBodies, row), where).toBe(true);
        expect(printedText(pageBodies, note), where).toBe(true);
        // The note is printed once, not once per value it covers.
        expect(squash(pageBodies.join('')).split(squash(note.slice(3))).length - 1, where).toBe(1);
        // The control's own label is for the screen.
        expect(squash(pageBodies.join('')), where).not.toContain(
          squash(lang === 'en' ? 'Table and sources' : 'Tabla y fuentes'),
        );
      }
    }
    await page.close();
  });

  it('draw a chart that was never scrolled into view', async () => {
    const page = await context.newPage();
    // The fixture sheet with charts.
    await page.goto(`${baseUrl}/articles/second-sheet/`);
    expect(await page.locator('fs-chart[data-state="drawn"]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const chart = page.locator('.print-chart').last();
    expect(await chart.isVisible()).toBe(true);
    const png = PNG.sync.read(await chart.screenshot());
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 600) inked++;
    expect(inked / (png.width * png.height)).toBeGreaterThan(0.03);
    expect(await page.locator('fs-chart canvas').first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('printed fact pages', () => {
  it.each(FORMATS)('each fit on exactly one %s page, with their own address', async (format) => {
    const page = await context.newPage();
    for (const lang of LANGS) {
      for (const fact of exactly(IN_FIXTURE.publishedFacts, published(), 'published facts')) {
        await page.goto(`${baseUrl}${prefix(lang)}/facts/${fact.id}/`);
        const { pages, text } = await printToPdf(page, format);
        expect(pages, `${prefix(lang)}/facts/${fact.id}/ on ${format}`).toBe(1);
        expect(squash(text)).toContain(squash(`${site}${prefix(lang)}/facts/${fact.id}/`));
      }
    }
    await page.close();
  });

  it('each carry a QR code that leads to the fact, in its language', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const lang of LANGS) {
      for (const fact of exactly(IN_FIXTURE.publishedFacts, published(), 'published facts')) {
        await page.goto(`${baseUrl}${prefix(lang)}/facts/${fact.id}/`);
        const png = PNG.sync.read(await page.locator('.print-header .qr').screenshot({ scale: 'device' }));
        expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
          `${site}${prefix(lang)}/facts/${fact.id}/`,
        );
      }
    }
    await page.close();
  });
});

/** Switching language in real Chromium keeps the reader on the same fact; Spanish prints in Spanish. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { printToPdf, squash } from '../support/pdf.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('language switcher', () => {
  it('takes the reader to the same fact in the other language, and back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/facts/sample-count/`);
    await page.getByRole('link', { name: 'Leer esta página en español' }).click();
    await page.waitForURL(`${baseUrl}/es/facts/sample-count/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toMatch(/encuesta de muestra/);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(`${baseUrl}/facts/sample-count/`);
    await context.close();
  });

  it('keeps the fact the reader was at (#fact-id) when switching a sheet to the other language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/second-sheet/#second-event`);
    await page.getByRole('link', { name: 'Leer esta página en español' }).click();
    await page.waitForURL(`${baseUrl}/es/articles/second-sheet/#second-event`);
    expect(await page.evaluate(() => document.getElementById('second-event')?.matches(':target'))).toBe(true);
    await context.close();
  });
});

describe('Spanish print', () => {
  it('prints a Spanish fact page in Spanish, on one page, with the help lines', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/es/facts/sample-count/`);
    const { pages, text } = await printToPdf(page, 'A4');
    expect(pages).toBe(1);
    const printed = squash(text);
    expect(printed).toContain(squash('Año de los datos:'));
    expect(printed).toContain(squash('¿Necesitas ayuda?'));
    expect(printed).toContain(squash('/es/facts/sample-count/'));
    expect(printed).not.toContain(squash('Data year:'));
    await context.close();
  });
});

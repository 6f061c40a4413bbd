/** Printing pages to PDF in real Chromium and reading the PDF back: page count and text. */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PaperFormat = 'A4' | 'Letter';

/** Prints the page as a reader's browser would (print media), and reads the PDF's pages and text. */
export async function printToPdf(
  page: Page,
  format: PaperFormat,
): Promise<{ pages: number; text: string; pageTexts: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format });
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return { pages: doc.numPages, text: texts.join('\n'), pageTexts: texts };
}

/** Text without any white space, so words and URLs wrapped across lines still match. */
export const squash = (text: string) => text.replace(/\u2011/g, '-').replace(/\s+/g, '');

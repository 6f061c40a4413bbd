/** Printing pages to PDF in real Chromium and reading the PDF back: page count and text. */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PaperFormat = 'A4' | 'Letter';

/**
 * Prints the page as a reader's browser would (print media), and reads the PDF: its number of pages,
 * the text of its pages' bodies run together, each whole page's text, and each piece of text's size.
 */
export async function printToPdf(
  page: Page,
  format: PaperFormat,
): Promise<{
  pages: number;
  text: string;
  pageTexts: string[];
  pageBodies: string[];
  items: { text: string; pt: number }[];
}> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format });
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const texts: string[] = [];
  const bodies: string[] = [];
  // Each piece of text with its printed size in points (the height of its transform).
  const items: { text: string; pt: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    // The page's text without its foot (the bottom 10 mm: site, address, page number), so text that
    // runs on from one page to the next reads on.
    bodies.push(content.items.map((item) => ('str' in item && item.transform[5]! > 28 ? item.str : '')).join(' '));
    for (const item of content.items)
      if ('str' in item && item.str.trim())
        items.push({ text: item.str.trim(), pt: Math.hypot(item.transform[2]!, item.transform[3]!) });
  }
  await doc.destroy();
  return { pages: doc.numPages, text: bodies.join('\n'), pageTexts: texts, pageBodies: bodies, items };
}

/** Text without any white space, so words and URLs wrapped across lines still match. */
export const squash = (text: string) => text.replace(/\u2011/g, '-').replace(/\s+/g, '');

/**
 * Whether a printout carries a text, allowing for a text that a page break cut in two (an address
 * that ends one page and runs on into the next): its two parts on consecutive pages. A PDF's text
 * order follows drawing, not reading, so the parts are looked for anywhere on their pages.
 */
export function printedText(pageBodies: string[], needed: string): boolean {
  const want = squash(needed);
  const pages = pageBodies.map(squash);
  if (pages.join('').includes(want)) return true;
  for (let k = 0; k + 1 < pages.length; k++) {
    for (let cut = 8; cut < want.length - 8; cut++) {
      if (pages[k]!.includes(want.slice(0, cut)) && pages[k + 1]!.includes(want.slice(cut))) return true;
    }
  }
  return false;
}

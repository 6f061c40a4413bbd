/**
 * npm run shots: builds the site from content/, then writes screenshots of every page template
 * (laptop, 360 px phone, dark, JavaScript off) and every page of each printout (A4) into shots/,
 * which git ignores, so anyone can look at the whole site in a minute. Not a test: it asserts
 * nothing; it is there to be looked at.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { astroBuild, buildFolder } from './support/build.ts';
import { LANGUAGES } from './support/languages.ts';
import { builtContent, embedPages, REAL_CONTENT, templatePages } from './support/site.ts';
import { serveStatic } from './support/static-server.ts';

const OUT = path.resolve('shots');
// Reduced motion: charts draw at once, so no picture catches one halfway through its animation.
const STILL = { reducedMotion: 'reduce' } as const;
const MODES: [string, BrowserContextOptions][] = [
  ['laptop', { ...STILL, viewport: { width: 1280, height: 900 } }],
  ['phone', { ...STILL, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ['dark', { ...STILL, viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['nojs', { ...STILL, viewport: { width: 1280, height: 900 }, javaScriptEnabled: false }],
];
const fileName = (urlPath: string) =>
  urlPath
    .replace(/\?.*$/, '')
    .replace(/^\/|\/$/g, '')
    .replace(/[^a-z0-9]+/gi, '_') || 'home';

/** Renders every page of a PDF to PNG with pdf.js, in the browser itself (nothing else to install). */
async function pdfPages(page: Page, pdf: Buffer): Promise<Buffer[]> {
  const lib = await readFile(path.resolve('node_modules/pdfjs-dist/build/pdf.min.mjs'), 'utf8');
  const worker = await readFile(path.resolve('node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8');
  await page.route('https://pdf.invalid/**', (route) => {
    const url = route.request().url();
    if (url.endsWith('/pdf.mjs')) return route.fulfill({ contentType: 'text/javascript', body: lib });
    if (url.endsWith('/pdf.worker.mjs')) return route.fulfill({ contentType: 'text/javascript', body: worker });
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><body style="margin:0;background:#888"></body>',
    });
  });
  await page.goto('https://pdf.invalid/');
  const count = await page.evaluate(async (data) => {
    const pdfjs = await import('https://pdf.invalid/pdf.mjs' as string);
    pdfjs.GlobalWorkerOptions.workerSrc = 'https://pdf.invalid/pdf.worker.mjs';
    const doc = await pdfjs.getDocument({ data: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const p = await doc.getPage(n);
      const viewport = p.getViewport({ scale: 1.5 });
      const canvas = document.createElement('canvas');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      canvas.style.display = 'block';
      canvas.style.margin = '0 0 12px';
      document.body.append(canvas);
      await p.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
    }
    return doc.numPages;
  }, pdf.toString('base64'));
  const shots = [];
  for (let n = 0; n < count; n++) shots.push(await page.locator('canvas').nth(n).screenshot());
  return shots;
}

const work = await buildFolder('fs-shots-');
const dist = path.join(work, 'dist');
process.stdout.write('building the site…\n');
const built = await astroBuild(dist, REAL_CONTENT);
if (built.code !== 0) throw new Error(built.output);
const { server, baseUrl } = await serveStatic(dist);
const content = await builtContent(REAL_CONTENT);
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const browser = await launchBrowser();

// Every template in English in every mode; the Spanish twins on a laptop. With them: a handout
// of three facts, a classroom edition, and the embeds as other sites show them.
const firstFacts = content.facts.filter((f) => f.data.status !== 'unverified').slice(0, 3);
const extras = [
  `/handout/?facts=${firstFacts.map((f) => f.id).join(',')}`,
  ...content.classroom.slice(0, 1).map((c) => `/articles/${c.id}/classroom/`),
  ...embedPages(content),
];
const pages = [...templatePages(content), ...extras];
for (const [mode, options] of MODES) {
  const context = await browser.newContext(options);
  for (const urlPath of pages.filter((p) => mode === 'laptop' || !p.startsWith('/es/'))) {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'networkidle' });
    if (urlPath.includes('?facts=') && mode !== 'nojs') await page.waitForSelector('fs-handout[data-state="ready"]');
    // Draw every chart, as a reader scrolling down would.
    for (const chart of await page.locator('fs-chart').all()) if (mode !== 'nojs') await chart.scrollIntoViewIfNeeded();
    if (mode !== 'nojs')
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLElement>('fs-chart')].every((c) => c.dataset['state'] === 'drawn'),
      );
    // Back to the top, so the strip kept at the top of the screen is drawn where it starts.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(OUT, `${fileName(urlPath)}.${mode}.png`), fullPage: true });
    await page.close();
  }
  await context.close();
}

// Every printout: each sheet and the first fact page of each sheet, in both languages, on A4.
const context = await browser.newContext();
const printouts = content.articles.flatMap((a) => {
  const fact = content.facts.find((f) => f.article === a.id && f.data.status !== 'unverified')!;
  return LANGUAGES.flatMap(([, prefix]) => [`${prefix}/articles/${a.id}/`, `${prefix}/facts/${fact.id}/`]);
});
printouts.push(...content.classroom.map((c) => `/articles/${c.id}/classroom/`), extras[0]!);
for (const urlPath of printouts) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'networkidle' });
  if (urlPath.includes('?facts=')) await page.waitForSelector('fs-handout[data-state="ready"]');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await writeFile(path.join(OUT, `${fileName(urlPath)}.print.pdf`), pdf);
  const viewer = await context.newPage();
  const shots = await pdfPages(viewer, pdf);
  for (const [i, png] of shots.entries())
    await writeFile(path.join(OUT, `${fileName(urlPath)}.print-${i + 1}.png`), png);
  await viewer.close();
  await page.close();
}
await browser.close();
server.close();
await rm(work, { recursive: true, force: true });
process.stdout.write(`written to ${path.relative(process.cwd(), OUT)}/\n`);

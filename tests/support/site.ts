/** Helpers for tests of the built site: the content it was built from, and its pages parsed. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { checkContentDir } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/content/checked.ts';

/** The content the site was built from (the same folder the build used). */
export async function builtContent() {
  const { content, problems } = await checkContentDir(contentDir(process.cwd()), process.cwd());
  if (problems.length > 0) throw new Error('content has problems; the build should have failed');
  return content;
}

/** Reads a built page by its URL path ("/articles/x/") and parses it. */
export async function page(distDir: string, urlPath: string) {
  const file = urlPath.endsWith('/') ? path.join(distDir, urlPath, 'index.html') : path.join(distDir, urlPath);
  return cheerio.load(await readFile(file, 'utf8'));
}

/** Digits in a page's visible text once everything rendered from a record (data-from) is removed. */
export function strayNumbers($: cheerio.CheerioAPI): string[] {
  const body = $('body').clone();
  body.find('[data-from], script, style, template, sup:has(a[data-footnote-ref])').remove();
  return body
    .find('*')
    .addBack()
    .contents()
    .filter((_, node) => node.type === 'text' && /\d/.test($(node).text()))
    .map((_, node) => $(node).text().trim())
    .get();
}

/** Every built HTML page as a site path ("/", "/facts/x/", "/404.html"); moved-address pages left out if asked. */
export async function builtPages(distDir: string, { withRedirects = true } = {}): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const pages: string[] = [];
  for (const f of (await readdir(distDir, { recursive: true })).filter((x) => x.endsWith('.html'))) {
    if (!withRedirects && (await readFile(path.join(distDir, f), 'utf8')).includes('http-equiv="refresh"')) continue;
    pages.push(
      '/' +
        f
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, ''),
    );
  }
  return pages;
}

/** Checks of a built site's files that both the fixture site and the real one must pass. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { page } from './site.ts';

const exists = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

/** The file a site path is served from, as a static host resolves it. */
async function fileFor(distDir: string, urlPath: string): Promise<string | undefined> {
  const clean = decodeURIComponent(urlPath);
  for (const candidate of [path.join(distDir, clean), path.join(distDir, clean, 'index.html')]) {
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}

/** html-validate's complaints (recommended rules) about the pages, as "page:line: rule: message". */
export async function invalidHtml(distDir: string, pages: string[]): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const p of pages) {
    const report = await validator.validateFile(path.join(distDir, p));
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${p}:${m.line}: ${m.ruleId}: ${m.message}`);
  }
  return problems;
}

/** Links, assets and anchors on the site's own pages that lead nowhere, as "page → target (why)". */
export async function brokenLinks(distDir: string, site: string, pages: string[]): Promise<string[]> {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    if (!ids.has(file)) {
      const $ = load(await readFile(file, 'utf8'));
      ids.set(
        file,
        new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id'))
            .get(),
        ),
      );
    }
    return ids.get(file)!;
  };
  for (const p of pages) {
    const $ = await page(distDir, p);
    const refs = [
      ...$('a[href]')
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('link[href]')
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('script[src], img[src]')
        .map((_, el) => $(el).attr('src'))
        .get(),
      ...$('meta[property="og:image"], meta[name="twitter:image"]')
        .map((_, el) => $(el).attr('content'))
        .get(),
    ];
    for (const ref of refs) {
      const url = new URL(ref, `${site}${p}`);
      if (url.origin !== site || !/^https?:$/.test(url.protocol)) continue;
      const file = await fileFor(distDir, url.pathname);
      if (!file) {
        broken.push(`${p} → ${ref} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !(await idsOf(file)).has(anchor))
        broken.push(`${p} → ${ref} (no #${anchor})`);
    }
  }
  return broken;
}

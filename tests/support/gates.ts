/** Checks of a built site's files that both the fixture site and the real one must pass. */
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
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

/** vnu-jar's own export: the path of the W3C Nu HTML Checker's vnu.jar. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * The W3C Nu HTML Checker's errors on the pages, as "page:line: message": HTML read by the
 * standard's own parser and content models, which html-validate does not apply (it passed a
 * <script> after </html>). All pages go to one Java process, which takes seconds to start.
 */
export async function w3cErrors(distDir: string, pages: string[]): Promise<string[]> {
  const files = pages.map((p) => path.join(distDir, p));
  // The checker exits with 1 when it finds an error, and writes its JSON report to stderr.
  const stderr = await new Promise<string>((resolve, reject) =>
    execFile(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => (error && error.code !== 1 ? reject(error) : resolve(stderr)),
    ),
  );
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  return messages.map((m) => {
    const file = m.url ? fileURLToPath(m.url) : '';
    const p = file.startsWith(distDir) ? '/' + path.relative(distDir, file).split(path.sep).join('/') : file;
    return `${p}:${m.lastLine ?? 0}: ${m.message}`;
  });
}

/**
 * html-validate's complaints (recommended rules) about the pages, as "page:line: rule: message".
 * Kept beside the W3C checker: its rules go past validity (buttons without a type, landmarks
 * without unique names, redundant roles, inline styles), which the checker does not judge.
 */
export async function invalidHtml(distDir: string, pages: string[]): Promise<string[]> {
  // The project's rules, whatever folder the pages were built in: looked up from each page, they
  // were not found for a build outside the project, and html-validate then checked nothing.
  const config = JSON.parse(await readFile(path.resolve('.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
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

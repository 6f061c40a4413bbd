/** Gates on the built files: valid HTML, no broken link, anchor or asset, safe external links, security headers. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { brokenLinks, invalidHtml, w3cErrors } from '../support/gates.ts';
import { builtHtmlFiles, page } from '../support/site.ts';

const distDir = inject('distDir');
let pages: string[];
let site: string;

beforeAll(async () => {
  pages = await builtHtmlFiles(distDir);
  const $ = await page(distDir, '/');
  site = new URL($('link[rel="canonical"]').attr('href')!).origin;
});

describe('HTML', () => {
  it('has no error by the W3C checker on any page', async () => {
    // Every template in both languages: a gate that read no page would pass.
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toEqual(expect.arrayContaining(['/search/index.html', '/es/handout/index.html']));
    expect(await w3cErrors(distDir, pages)).toEqual([]);
  });

  it('is valid on every page (html-validate, recommended rules)', async () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(await invalidHtml(distDir, pages)).toEqual([]);
  });
});

describe('links', () => {
  it('have no broken internal link, missing anchor or missing asset on any page', async () => {
    expect(await brokenLinks(distDir, site, pages)).toEqual([]);
  });

  it('to other sites carry rel="noopener noreferrer"', async () => {
    const unsafe: string[] = [];
    for (const p of pages) {
      const $ = await page(distDir, p);
      $('a[href^="http"]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (new URL(href).origin === site) return;
        const rel = ($(el).attr('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${p} → ${href}`);
      });
    }
    expect(unsafe).toEqual([]);
  });
});

describe('security headers', () => {
  it('every page has a Content-Security-Policy <meta> that allows no inline script', async () => {
    for (const p of pages) {
      const $ = await page(distDir, p);
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, p).toMatch(/'self'/);
      expect(csp, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      // WebAssembly (Pagefind) is allowed on the search page alone.
      if (!/^(\/es)?\/search\/index\.html$/.test(p)) expect(csp, p).not.toMatch(/wasm-unsafe-eval/);
      expect(csp, p).toMatch(/default-src 'self'/);
      expect(csp, p).toMatch(/object-src 'none'/);
    }
  });

  it('_headers gives static hosts one policy allowing what each page allows, plus the other security headers', async () => {
    const headers = await readFile(path.join(distDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\s+Referrer-Policy: no-referrer$/m);
    expect(headers).toMatch(/^\s+Permissions-Policy: .*camera=\(\)/m);
    // HTTPS only, for at least a year, on every subdomain: readers of this site may be watched.
    const hsts = /^\s+Strict-Transport-Security: max-age=(\d+); includeSubDomains/m.exec(headers);
    expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(365 * 24 * 3600);
    // Within what hosts accept (Cloudflare Pages: 100 rules, 2,000 characters a line).
    const lines = headers.split('\n');
    expect(lines.filter((line) => line.startsWith('/')).length).toBeLessThanOrEqual(100);
    expect(lines.filter((line) => line.length > 2000)).toEqual([]);
    const policies = lines.flatMap((line) => /^\s+Content-Security-Policy: (.*)$/.exec(line)?.[1] ?? []);
    // One for every page, and the same one allowing any frame for embeds in each language, which
    // first drop the site-wide policy and frame refusal.
    expect(policies).toHaveLength(3);
    for (const embeds of ['/embed/*', '/es/embed/*']) {
      const rule = headers.slice(headers.indexOf(`\n${embeds}\n`)).split('\n\n')[0]!;
      expect(rule, embeds).toMatch(/^\s+! Content-Security-Policy$/m);
      expect(rule, embeds).toMatch(/^\s+! X-Frame-Options$/m);
      expect(rule, embeds).toContain(
        `Content-Security-Policy: ${policies[0]!.replace("frame-ancestors 'none'", 'frame-ancestors *')}`,
      );
    }
    const directives = (policy: string) =>
      new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...sources]) => [name, sources]),
      );
    const header = directives(policies[0]!);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policies[0]).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const p of pages) {
      const $ = await page(distDir, p);
      const meta = directives($('meta[http-equiv="content-security-policy"]').attr('content')!.replace(/;\s*$/, ''));
      expect([...header.keys()].sort(), p).toEqual([...meta.keys(), 'frame-ancestors'].sort());
      for (const [name, sources] of meta)
        expect(header.get(name), `${p} ${name}`).toEqual(expect.arrayContaining(sources));
    }
  });
});

/** Reader safety and reach, as built: help lines, content notes, quick exit, feeds, sitemap, search index. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { builtContent, page } from '../support/site.ts';

const distDir = inject('distDir');
let content: CheckedContent;
let site: string;
let helpLines: { phone: string; tel: string }[];

beforeAll(async () => {
  content = await builtContent();
  site = new URL((await page(distDir, '/'))('link[rel="canonical"]').attr('href')!).origin;
  helpLines = content.helpLines.lines;
});

const published = () => content.facts.filter((f) => f.data.status !== 'unverified');
const sensitive = (slug: string) => content.articles.find((a) => a.id === slug)!.data.contentNote !== undefined;
const readXml = async (file: string) => {
  const text = await readFile(path.join(distDir, file), 'utf8');
  // parse(text, true) validates the XML first and throws, naming the problem, if it is not well formed.
  return new XMLParser({ ignoreAttributes: false }).parse(text, true);
};

describe('reader safety', () => {
  it('every article and fact page shows every help line as a tel: link', async () => {
    const pages = [...content.articles.map((a) => `/articles/${a.id}/`), ...published().map((f) => `/facts/${f.id}/`)];
    for (const p of pages) {
      const $ = await page(distDir, p);
      const block = $('.help-lines');
      expect(block.length, p).toBe(1);
      for (const line of helpLines) {
        const link = block.find(`a[href="tel:${line.tel}"]`);
        expect(
          link
            .text()
            .replace(/\u00a0/g, ' ')
            .replace(/\u2011/g, '-'),
          p,
        ).toBe(line.phone);
      }
    }
  });

  it('sensitive sheets and their facts have a content note (sheets) and "Leave this site"; others do not', async () => {
    for (const article of content.articles) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      expect($('.content-note').length > 0, article.id).toBe(sensitive(article.id));
      expect($('fs-quick-exit a[href^="https://"]').length > 0, article.id).toBe(sensitive(article.id));
    }
    for (const fact of published()) {
      const $ = await page(distDir, `/facts/${fact.id}/`);
      expect($('fs-quick-exit').length > 0, fact.id).toBe(sensitive(fact.article));
    }
  });

  it('shows no image at all in the pages’ content, only charts drawn from data', async () => {
    for (const article of content.articles) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      expect($('main img').length).toBe(0);
    }
  });
});

describe('reach', () => {
  it('the fact-sheet feed is valid RSS listing every sheet', async () => {
    const feed = await readXml('rss.xml');
    const links = [feed.rss.channel.item].flat().map((i: { link: string }) => i.link);
    expect(new Set(links)).toEqual(new Set(content.articles.map((a) => `${site}/articles/${a.id}/`)));
  });

  it('the corrections feed and page list every correction with its date and fact', async () => {
    const corrected = content.facts.filter((f) => f.data.status === 'corrected');
    const feed = await readXml('corrections/rss.xml');
    const links = [feed.rss.channel.item ?? []].flat().map((i: { link: string }) => i.link);
    expect(new Set(links)).toEqual(new Set(corrected.map((f) => `${site}/facts/${f.id}/`)));
    const $ = await page(distDir, '/corrections/');
    for (const fact of corrected) {
      const item = $(`.corrections li[data-from="fact:${fact.id}"]`);
      expect(item.find('time').attr('datetime'), fact.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.find(`a[href="/facts/${fact.id}/"]`).length).toBe(1);
    }
  });

  it('the sitemap is valid XML listing every page people should find', async () => {
    const index = await readXml('sitemap-index.xml');
    const listed = new Set<string>();
    const alternates = new Map<string, string[]>();
    for (const s of [index.sitemapindex.sitemap].flat()) {
      const map = await readXml(new URL(s.loc).pathname.slice(1));
      for (const u of [map.urlset.url].flat()) {
        listed.add(u.loc);
        alternates.set(
          u.loc,
          [u['xhtml:link'] ?? []].flat().map((l: Record<string, string>) => `${l['@_hreflang']} ${l['@_href']}`),
        );
      }
    }
    // Every listed page names itself and its twin in the other language, and the twin is listed too.
    for (const [loc, links] of alternates) {
      const english = loc.replace(`${site}/es/`, `${site}/`);
      const spanish = english.replace(`${site}/`, `${site}/es/`);
      expect(links.sort(), loc).toEqual([`en-US ${english}`, `es-MX ${spanish}`]);
      expect(listed, loc).toContain(loc === english ? spanish : english);
    }
    const files = (await readdir(distDir, { recursive: true })).filter((f) => f.endsWith('index.html'));
    for (const f of files) {
      const html = await readFile(path.join(distDir, f), 'utf8');
      // Moved addresses and "page not found" pages are not pages to list.
      if (html.includes('http-equiv="refresh"') || /(^|\/)404\//.test(f)) continue;
      expect(listed, f).toContain(
        `${site}/${f
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
      );
    }
  });

  it('robots.txt points to the sitemap; the manifest has the site’s name and theme colours', async () => {
    expect(await readFile(path.join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Mexico Fact Sheets', start_url: '/' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    const $ = await page(distDir, '/');
    expect($('link[rel="manifest"]').attr('href')).toBe('/manifest.webmanifest');
    expect($('link[rel="icon"]').attr('href')).toBe('/favicon.svg');
  });

  it('a Pagefind index was built with the site', async () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      expect((await stat(path.join(distDir, file))).size, file).toBeGreaterThan(0);
    }
  });

  it('the search index holds every page marked searchable and every published fact, in each language', async () => {
    const entry = JSON.parse(await readFile(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const searchable = { en: 0, es: 0 };
    for (const file of await readdir(distDir, { recursive: true })) {
      if (!file.endsWith('.html')) continue;
      const html = await readFile(path.join(distDir, file), 'utf8');
      if (html.includes('data-pagefind-body')) searchable[/<html lang="es/.test(html) ? 'es' : 'en']++;
    }
    expect(searchable.en).toBeGreaterThan(content.articles.length);
    for (const lang of ['en', 'es'] as const) {
      expect(entry.languages[lang].page_count, lang).toBe(searchable[lang] + published().length);
    }
  });

  it('the search page explains itself without JavaScript', async () => {
    const $ = await page(distDir, '/search/');
    expect($('form[role="search"] input[name="q"]').length).toBe(1);
    expect($('.needs-js').text()).toMatch(/needs JavaScript/);
  });
});

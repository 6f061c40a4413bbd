/** Reader safety and reach, as built: help lines, content notes, quick exit, feeds, sitemap, search index. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { atLeast, exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGS } from '../support/languages.ts';
import { builtContent, builtHtmlFiles, page, templatePages } from '../support/site.ts';

const distDir = inject('distDir');
let content: CheckedContent;
let site: string;

beforeAll(async () => {
  content = await builtContent();
  site = new URL((await page(distDir, '/'))('link[rel="canonical"]').attr('href')!).origin;
});

const published = () =>
  exactly(
    IN_FIXTURE.publishedFacts,
    content.facts.filter((f) => f.data.status !== 'unverified'),
    'published facts',
  );
const sheets = () => exactly(IN_FIXTURE.sheets, content.articles, 'sheets');
const everyTemplate = () =>
  exactly(LANGS.length * IN_FIXTURE.templatePagesPerLanguage, templatePages(content), 'page templates');
const sensitive = (slug: string) => content.articles.find((a) => a.id === slug)!.data.contentNote !== undefined;
const readXml = async (file: string) => {
  const text = await readFile(path.join(distDir, file), 'utf8');
  // parse(text, true) validates the XML first and throws, naming the problem, if it is not well formed.
  return new XMLParser({ ignoreAttributes: false }).parse(text, true);
};

describe('reader safety', () => {
  it('every page shows its help lines as tel: links: a sheet and its facts their own and the general ones, other pages all', async () => {
    const sheetOf = new Map<string, string | undefined>(everyTemplate().map((p) => [p, undefined]));
    for (const a of sheets()) sheetOf.set(`/articles/${a.id}/`, a.id).set(`/es/articles/${a.id}/`, a.id);
    for (const f of published()) sheetOf.set(`/facts/${f.id}/`, f.article).set(`/es/facts/${f.id}/`, f.article);
    // The templates and every fact page (two of them templates already), in each language.
    const pages = exactly(
      LANGS.length * (IN_FIXTURE.templatePagesPerLanguage + IN_FIXTURE.publishedFacts - 2),
      sheetOf,
      'pages',
    );
    for (const [p, sheet] of pages) {
      const $ = await page(distDir, p);
      const block = $('#help.help-lines');
      expect(block.length, p).toBe(1);
      const dialled = block
        .find('.bar a[href^="tel:"]')
        .map((_, a) => $(a).attr('href'))
        .get();
      // The emergency line is on every page.
      const expected = atLeast(
        1,
        content.helpLines.lines.filter((l) => !sheet || !l.sheets || l.sheets.includes(sheet)),
        `help lines on ${p}`,
      );
      expect(dialled, p).toEqual(expected.map((l) => `tel:${l.tel}`));
      block.find('.bar a[href^="tel:"]').each((i, a) => {
        expect(
          $(a)
            .text()
            .replace(/\u00a0/g, ' ')
            .replace(/\u2011/g, '-'),
          p,
        ).toBe(expected[i]!.phone);
      });
    }
  });

  it('every page offers "Leave this site" inside a landmark, and only sensitive sheets have a content note', async () => {
    for (const p of everyTemplate()) {
      const $ = await page(distDir, p);
      expect($('aside[aria-label] fs-quick-exit a[href^="https://"]').length, p).toBe(1);
    }
    for (const article of sheets()) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      expect($('.content-note').length > 0, article.id).toBe(sensitive(article.id));
    }
  });

  it('shows no image at all in the pages’ content, only charts drawn from data', async () => {
    for (const article of sheets()) {
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
    for (const fact of exactly(IN_FIXTURE.correctedFacts, corrected, 'corrected facts')) {
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
    // Every page of a language but its moved addresses, its "page not found" and its embeds.
    const perLanguage =
      IN_FIXTURE.builtPagesPerLanguage - IN_FIXTURE.redirects - 1 - IN_FIXTURE.publishedFacts - IN_FIXTURE.datasets;
    for (const [loc, links] of exactly(LANGS.length * perLanguage, alternates, 'pages in the sitemap')) {
      const english = loc.replace(`${site}/es/`, `${site}/`);
      const spanish = english.replace(`${site}/`, `${site}/es/`);
      expect(links.sort(), loc).toEqual([`en-US ${english}`, `es-MX ${spanish}`]);
      expect(listed, loc).toContain(loc === english ? spanish : english);
    }
    const files = exactly(LANGS.length * IN_FIXTURE.builtPagesPerLanguage, await builtHtmlFiles(distDir), 'pages');
    for (const f of files) {
      const html = await readFile(path.join(distDir, f), 'utf8');
      // Moved addresses, "page not found" and embeds (pages for other sites' frames) are not pages to list.
      if (html.includes('http-equiv="refresh"') || /^(\/es)?\/404(\.html|\/)/.test(f)) continue;
      if (/^(\/es)?\/embed\//.test(f)) {
        expect(html, f).toContain('<meta name="robots" content="noindex">');
        expect(
          [...listed].some((l) => l.includes('/embed/')),
          f,
        ).toBe(false);
        continue;
      }
      expect(listed, f).toContain(`${site}${f.replace(/index\.html$/, '')}`);
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
    for (const file of exactly(
      LANGS.length * IN_FIXTURE.builtPagesPerLanguage,
      await builtHtmlFiles(distDir),
      'pages',
    )) {
      const html = await readFile(path.join(distDir, file), 'utf8');
      if (html.includes('data-pagefind-body')) searchable[/<html lang="es/.test(html) ? 'es' : 'en']++;
    }
    expect(searchable.en).toBeGreaterThan(content.articles.length);
    for (const lang of LANGS) {
      expect(entry.languages[lang].page_count, lang).toBe(searchable[lang] + published().length);
    }
  });

  it('the search page explains itself without JavaScript', async () => {
    const $ = await page(distDir, '/search/');
    expect($('form[role="search"] input[name="q"]').length).toBe(1);
    expect($('.needs-js').text()).toMatch(/needs JavaScript/);
  });
});

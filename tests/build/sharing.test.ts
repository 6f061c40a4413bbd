/** Every fact is a citable, shareable page with its own preview card; registered links never break. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGUAGES } from '../support/languages.ts';
import { builtContent, page } from '../support/site.ts';

const distDir = inject('distDir');
let content: CheckedContent;
let site: string;
beforeAll(async () => {
  content = await builtContent();
  const $ = await page(distDir, '/');
  site = new URL($('link[rel="canonical"]').attr('href')!).origin;
});

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string) {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const published = () =>
  exactly(
    IN_FIXTURE.publishedFacts,
    content.facts.flatMap((f) => (f.data.status !== 'unverified' ? [{ ...f, data: f.data }] : [])),
    'published facts',
  );
const sheets = () => exactly(IN_FIXTURE.sheets, content.articles, 'sheets');

describe('fact pages', () => {
  it('exist for every verified and corrected fact, with the statement, year and sources', async () => {
    for (const fact of published()) {
      const $ = await page(distDir, `/facts/${fact.id}/`);
      expect($('h1').text()).toContain(fact.data.statement.split('{value}')[0]!.trim());
      expect($('.meta').first().text()).toContain(`Data year: ${fact.data.year.label}`);
      for (const ref of fact.data.sources) expect($(`.source-list li[id="src-${ref.id}"]`).length, ref.id).toBe(1);
      expect($(`a[href="/articles/${fact.article}/#${fact.id}"]`).length).toBeGreaterThan(0);
    }
  });

  it('do not exist for unverified claims', async () => {
    const unverified = content.facts.filter((f) => f.data.status === 'unverified');
    for (const fact of exactly(IN_FIXTURE.unverifiedFacts, unverified, 'unverified facts')) {
      await expect(readFile(path.join(distDir, 'facts', fact.id, 'index.html'))).rejects.toThrow();
      await expect(readFile(path.join(distDir, 'cards', 'facts', `${fact.id}.png`))).rejects.toThrow();
    }
  });

  it('have Open Graph and Twitter tags, an absolute canonical URL matching the page, and a 1200×630 card', async () => {
    for (const fact of published()) {
      const $ = await page(distDir, `/facts/${fact.id}/`);
      const url = `${site}/facts/${fact.id}/`;
      expect($('link[rel="canonical"]').attr('href')).toBe(url);
      expect($('meta[property="og:url"]').attr('content')).toBe(url);
      expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
      expect($('meta[property="og:description"]').attr('content')).toContain(`Data: ${fact.data.year.label}`);
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      const image = $('meta[property="og:image"]').attr('content')!;
      expect(image).toBe(`${site}/cards/facts/${fact.id}.png`);
      expect($('meta[name="twitter:image"]').attr('content')).toBe(image);
      expect(await pngSize(path.join(distDir, new URL(image).pathname))).toEqual({ width: 1200, height: 630 });
    }
  });

  it.each(LANGUAGES)(
    'in %s put Copy link, Cite and Print right under the statement, with the APA citation to read there',
    async (lang, prefix) => {
      const name = { en: 'Mexico Fact Sheets', es: 'Fichas sobre México' }[lang];
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const fact of published()) {
        const url = `${site}${prefix}/facts/${fact.id}/`;
        const $ = await page(distDir, `${prefix}/facts/${fact.id}/`);
        const statement = $('.fact-page .body > h1.statement');
        expect(statement.length, fact.id).toBe(1);
        // The statement's body (statement, verdict, grade, year, sources), then the row: nothing between.
        const actions = $('.fact-page .body').next();
        expect(actions.is('.fact-actions'), fact.id).toBe(true);
        // Without JavaScript: the link and the citation. The buttons wait, hidden, for the script that works them.
        expect(actions.find('fs-share a.share-link').attr('href'), fact.id).toBe(url);
        expect(actions.find('fs-share button[data-action="copy"][hidden]').length, fact.id).toBe(1);
        const citation = actions.find('.cite-lead pre').first();
        expect(actions.find(`fs-copy[data-target="${citation.attr('id')}"] button[hidden]`).length, fact.id).toBe(1);
        expect(actions.find('fs-print button[hidden]').length, fact.id).toBe(1);
        // APA: the site as author, the day of review, the statement as title, the address.
        const text = citation.text();
        expect(text, fact.id).toMatch(new RegExp(`^${escape(name)}\\. \\(\\d{4}, [^)]+\\)\\. .+\\. ${escape(url)}$`));
        expect(text, fact.id).toContain(statement.text().trim().replace(/\.$/, ''));
        expect(actions.hasClass('no-print')).toBe(true);
      }
    },
  );

  it('offer APA, MLA, Chicago and BibTeX citations of the fact page', async () => {
    const fact = published()[0]!;
    const $ = await page(distDir, `/facts/${fact.id}/`);
    const cites = $('.cite-this pre')
      .map((_, el) => $(el).text())
      .get();
    expect(cites).toHaveLength(4);
    for (const text of cites) expect(text).toContain(`/facts/${fact.id}/`);
    expect(cites[3]).toMatch(/^@misc\{mfs-/);
  });
});

describe('article pages', () => {
  it('have their own card, citation_* tags and JSON-LD', async () => {
    for (const article of sheets()) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      const image = $('meta[property="og:image"]').attr('content')!;
      expect(await pngSize(path.join(distDir, new URL(image).pathname))).toEqual({ width: 1200, height: 630 });
      expect($('meta[name="citation_title"]').attr('content')).toBe(article.data.title);
      expect($('meta[name="citation_public_url"]').attr('content')).toBe(`${site}/articles/${article.id}/`);
      const blocks = $('script[type="application/ld+json"]')
        .map((_, el) => JSON.parse($(el).text()) as { '@type': string } | { '@type': string }[])
        .get()
        .flat();
      const ld = blocks.find((b) => b['@type'] === 'Article') as Record<string, any>;
      expect(ld).toMatchObject({
        '@type': 'Article',
        headline: article.data.title,
        url: `${site}/articles/${article.id}/`,
      });
      expect(ld.citation.length).toBeGreaterThan(0);
      expect($('.cite-this pre').length).toBe(4);
    }
  });

  it('give every fact a link to itself and one share control per card, a plain link without JavaScript', async () => {
    for (const article of sheets()) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      const cards = $('article.fact').toArray();
      expect(cards.length, article.id).toBeGreaterThan(0);
      for (const card of cards) {
        const id = $(card).attr('id')!;
        expect($(card).find(`a.anchor[href="#${id}"]`).length).toBe(1);
        expect($(card).find('fs-share').length).toBe(1);
        expect($(card).find('fs-share a.share-link').attr('href')).toMatch(new RegExp(`^${site}/facts/[a-z0-9-]+/$`));
      }
    }
  });

  it('lead a card with its latest figure and list the earlier one below on one line, each reachable by its own link', async () => {
    // In the fixture, sample-count (2019) lists sample-count-later (2020) as a newer figure.
    const $ = await page(distDir, '/articles/sample-sheet/');
    const card = $('article.fact#sample-count');
    expect(card.find('.lead').attr('id')).toBe('sample-count-later');
    expect(card.find('.lead .statement').text()).toContain('A later sample news report counted');
    expect(card.find('fs-share a.share-link').attr('href')).toBe(`${site}/facts/sample-count-later/`);
    // The earlier figure is one line, not a second card: its year, figure, grade and own page.
    const history = card.find('.newer .newer-fact');
    expect(history.length).toBe(1);
    expect(history.children('p').length).toBe(1);
    const line = history.children('p');
    expect(line.find('.year').text()).toContain('2019');
    expect(line.find('data').attr('value')).toBe('1234');
    expect(line.find('data').text()).toBe('about 1,234');
    expect(line.find('.grade-badge').attr('data-grade')).toBe('official-count');
    expect(line.find('a[href="/facts/sample-count/"]').length).toBe(1);
    expect(history.text()).not.toContain('The sample survey counted');
    expect(history.find('fs-share').length).toBe(0);
    // Each figure keeps exactly one anchor on the page.
    expect($('[id="sample-count"]').length).toBe(1);
    expect($('[id="sample-count-later"]').length).toBe(1);
  });
});

describe('permalink registry', () => {
  it('lists every published article and fact, and each registered address resolves', async () => {
    const { permalinks } = content;
    expect(new Set(permalinks.articles)).toEqual(new Set(content.articles.map((a) => a.id)));
    for (const slug of exactly(IN_FIXTURE.sheets, permalinks.articles, 'registered sheets')) {
      expect((await page(distDir, `/articles/${slug}/`))('h1').text().trim(), slug).not.toBe('');
    }
    for (const id of exactly(IN_FIXTURE.registeredFacts, permalinks.facts, 'registered facts')) {
      const html = await readFile(path.join(distDir, 'facts', id, 'index.html'), 'utf8');
      const moved = permalinks.redirects.find((r) => r.from === `fact/${id}`);
      if (moved) expect(html).toMatch(/http-equiv="refresh"/);
      else {
        const fact = content.facts.find((f) => f.id === id)!;
        const $ = await page(distDir, `/articles/${fact.article}/`);
        expect($(`[id="${id}"]`).length, `#${id} on ${fact.article}`).toBe(1);
      }
    }
  });

  it('sends a moved address on to its new page in both languages, in the reader’s language', async () => {
    for (const r of exactly(IN_FIXTURE.redirects, content.permalinks.redirects, 'moved addresses')) {
      const [kind, from] = r.from.split('/') as [string, string];
      const [toKind, to] = r.to.split('/') as [string, string];
      const folder = (k: string) => (k === 'fact' ? 'facts' : 'articles');
      for (const [, prefix] of LANGUAGES) {
        const $ = await page(distDir, `${prefix}/${folder(kind)}/${from}/`);
        const target = `${prefix}/${folder(toKind)}/${to}/`;
        expect($('meta[http-equiv="refresh"]').attr('content'), `${prefix}${r.from}`).toBe(`0; url=${target}`);
        expect($('html').attr('lang')).toMatch(prefix ? /^es/ : /^en/);
        expect($('meta[name="robots"]').attr('content')).toBe('noindex');
        expect((await page(distDir, target))('h1').text().trim(), target).not.toBe('');
      }
      // A link to the old fact's place on its sheet (#old-id) still lands on the fact it became.
      if (kind === 'fact' && toKind === 'fact') {
        const sheet = content.facts.find((f) => f.id === to)!.article;
        expect((await page(distDir, `/articles/${sheet}/`))(`[id="${from}"]`).length, `#${from}`).toBe(1);
      }
    }
  });
});

describe('oEmbed files', () => {
  it('exist for every fact and chart in both languages, with every oEmbed 1.0 field of a rich embed', async () => {
    const items = [
      ...published().map((f) => ['facts', f.id] as const),
      ...content.datasets.map((d) => ['charts', d.id] as const),
    ];
    for (const [kind, id] of exactly(IN_FIXTURE.publishedFacts + IN_FIXTURE.datasets, items, 'facts and charts')) {
      for (const [, prefix] of LANGUAGES) {
        const file = path.join(distDir, prefix, 'oembed', kind, `${id}.json`);
        const oembed = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        expect(Object.keys(oembed).sort(), file).toEqual(
          ['height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width'].sort(),
        );
        expect(oembed['type']).toBe('rich');
        expect(oembed['version']).toBe('1.0');
        expect(String(oembed['title']).length).toBeGreaterThan(0);
        const src = /<iframe src="([^"]+)"/.exec(String(oembed['html']))?.[1];
        expect(src).toBe(`${site}${prefix}/embed/${kind}/${id}/`);
        // The embed it points to was built.
        await readFile(path.join(distDir, prefix, 'embed', kind, id, 'index.html'));
      }
    }
  });
});

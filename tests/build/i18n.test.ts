/** Every page in both languages: twins, reciprocal hreflang, lang attributes, Spanish cards and feeds. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGS } from '../support/languages.ts';
import { builtContent, builtPages, englishWords, page } from '../support/site.ts';
import { t, UI_KEYS } from '../../src/i18n/ui.ts';

const distDir = inject('distDir');
// Every page of a language but its moved addresses.
const PAGES_PER_LANGUAGE = IN_FIXTURE.builtPagesPerLanguage - IN_FIXTURE.redirects;
let pages: string[];
let content: CheckedContent;

beforeAll(async () => {
  content = await builtContent();
  // Moved-address pages leave at once for the page they point to, which is checked in its own right.
  pages = exactly(LANGS.length * PAGES_PER_LANGUAGE, await builtPages(distDir, { withRedirects: false }), 'pages');
});

const isSpanish = (p: string) => p.startsWith('/es/');
const spanishPages = () => exactly(PAGES_PER_LANGUAGE, pages.filter(isSpanish), 'Spanish pages');
const sheets = () => exactly(IN_FIXTURE.sheets, content.articlesEs, 'Spanish sheets');
const twinOf = (p: string) =>
  p === '/404.html' ? '/es/404/' : p === '/es/404/' ? '/404.html' : isSpanish(p) ? p.slice(3) : `/es${p}`;

describe('Spanish', () => {
  it('no Spanish page carries the English of our own interface, in its text or its attributes', async () => {
    // Interface strings that are not also Spanish text.
    // The help lines speak both languages on purpose, so their English is Spanish pages' text too.
    const bilingual = new Set([
      'help.headingOther',
      'help.callOther',
      'help.textOther',
      'help.officialOther',
      'help.moreOther',
      'lang.switch',
      'lang.switchLabel',
    ]);
    const spanish = new Set(UI_KEYS.map((k) => t('es', k)));
    const english = UI_KEYS.filter((k) => !bilingual.has(k) && !spanish.has(t('en', k))).map((k) => t('en', k));
    // Whole strings, and the words around placeholders when they are two words or more.
    const whole = english.filter((text) => !text.includes('{'));
    const parts = english
      .filter((text) => text.includes('{'))
      .flatMap((text) => text.split(/\{\w+\}/).map((part) => part.trim()))
      .filter((part) => part.split(/\s+/).length >= 2);
    const found: string[] = [];
    for (const p of spanishPages()) {
      const html = await readFile(path.join(distDir, p.endsWith('/') ? `${p}index.html` : p), 'utf8');
      // Interface text is an element's whole text or an attribute's whole value, or starts one; content
      // that merely contains the same words (a source's locator, say) is not interface text.
      // Attributes readers meet (labels, titles, alternatives, metadata, a control's messages), not classes or ids.
      const said = (value: string) => new RegExp(`(?:aria-label|title|alt|content|placeholder|data-[a-z-]+)="${value}`);
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const text of whole) {
        if (html.includes(`>${text}<`) || said(`${escape(text)}"`).test(html)) found.push(`${p}: "${text}"`);
      }
      for (const text of parts) {
        if (html.includes(`>${text}`) || said(escape(text)).test(html)) found.push(`${p}: "${text}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no Spanish page shows an English word, outside the names and titles of sources and text marked as English', async () => {
    const found: string[] = [];
    for (const p of spanishPages()) {
      const english = englishWords(await page(distDir, p));
      if (english.length) found.push(`${p}: ${english.join(', ')}`);
    }
    expect(found).toEqual([]);
  });

  it('Spanish pages call the site by its Spanish name, in the title, the header and the metadata', async () => {
    const english: string[] = [];
    for (const p of spanishPages()) {
      const $ = await page(distDir, p);
      const named = [
        $('title').text(),
        $('.site-header .brand').text(),
        $('meta[property="og:site_name"]').attr('content'),
      ];
      if (named.some((text) => text?.includes('Mexico Fact Sheets'))) english.push(p);
    }
    expect(english).toEqual([]);
  });

  it('every English page has a Spanish twin, and every Spanish page an English one', () => {
    const set = new Set(pages);
    const missing = pages.filter((p) => !set.has(twinOf(p)));
    expect(missing).toEqual([]);
    expect(pages.filter(isSpanish).length).toBe(pages.filter((p) => !isSpanish(p)).length);
  });

  it('pages declare their language, and hreflang alternates point both ways', async () => {
    for (const p of pages) {
      const $ = await page(distDir, p);
      expect($('html').attr('lang'), p).toBe(isSpanish(p) ? 'es' : 'en');
      // Page-not-found and embeds have no address of their own to pair.
      if (p.includes('404') || /^(\/es)?\/embed\//.test(p)) continue;
      const alt = (lang: string) => new URL($(`link[rel="alternate"][hreflang="${lang}"]`).attr('href')!).pathname;
      // The same codes as the sitemap's alternates (tests/build/reach.test.ts) and the feeds.
      expect(alt(isSpanish(p) ? 'es-MX' : 'en-US'), p).toBe(p);
      expect(alt(isSpanish(p) ? 'en-US' : 'es-MX'), p).toBe(twinOf(p));
      const $twin = await page(distDir, twinOf(p));
      const back = new URL(
        $twin(`link[rel="alternate"][hreflang="${isSpanish(p) ? 'es-MX' : 'en-US'}"]`).attr('href')!,
      );
      expect(back.pathname, `${twinOf(p)} → ${p}`).toBe(p);
    }
  });

  it('Spanish fact pages show the Spanish statement, Spanish labels and a Spanish share card', async () => {
    const published = content.facts.flatMap((f) => (f.data.status !== 'unverified' ? [{ ...f, data: f.data }] : []));
    for (const fact of exactly(IN_FIXTURE.publishedFacts, published, 'published facts')) {
      const $ = await page(distDir, `/es/facts/${fact.id}/`);
      expect($('h1').text(), fact.id).toContain(fact.data.es!.statement!.split('{value}')[0]!.trim());
      expect($('.meta').first().text()).toContain('Año de los datos:');
      expect(new URL($('meta[property="og:image"]').attr('content')!).pathname).toBe(`/es/cards/facts/${fact.id}.png`);
      expect($('meta[property="og:locale"]').attr('content')).toBe('es_MX');
    }
    const english = await readFile(path.join(distDir, 'cards/facts', `${content.facts[0]!.id}.png`));
    const spanish = await readFile(path.join(distDir, 'es/cards/facts', `${content.facts[0]!.id}.png`));
    expect(spanish.equals(english)).toBe(false);
  });

  it('Spanish sheets use the Spanish text of the sheet, its charts and its unverified claims', async () => {
    let charts = 0;
    for (const article of sheets()) {
      const $ = await page(distDir, `/es/articles/${article.id}/`);
      expect($('h1').text()).toBe(article.data.title);
      for (const d of content.datasets) {
        const figure = $(`figure#chart-${d.id}`);
        if (!figure.length) continue;
        charts++;
        expect(figure.find('.title').text()).toBe(d.data.es!.title);
        const rows = figure
          .find('tbody th')
          .map((_, th) => $(th).text())
          .get();
        for (const spanish of Object.values(d.data.es!.labels ?? {})) expect(rows).toContain(spanish);
      }
      const unverified = content.facts.filter((f) => f.article === article.id && f.data.status === 'unverified');
      // One rumour on each fixture sheet.
      for (const fact of exactly(1, unverified, `unverified claims on ${article.id}`)) {
        expect($(`[id="${fact.id}"] .claim`).text()).toContain(fact.data.es!.claim!);
      }
    }
    expect(charts, 'charts on the Spanish sheets').toBe(IN_FIXTURE.charts);
  });

  it('each language has its own feeds', async () => {
    const es = await readFile(path.join(distDir, 'es/rss.xml'), 'utf8');
    expect(es).toContain('<language>es-MX</language>');
    for (const a of sheets()) expect(es).toContain(`/es/articles/${a.id}/`);
    expect(await readFile(path.join(distDir, 'es/corrections/rss.xml'), 'utf8')).toContain(
      '<language>es-MX</language>',
    );
  });
});

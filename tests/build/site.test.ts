/** The built site, checked file by file: pages, anchors, sources and the origin of every figure. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGS } from '../support/languages.ts';
import { builtContent, builtHtmlFiles, figureSelector, page, strayNumbers } from '../support/site.ts';

const distDir = inject('distDir');
let content: CheckedContent;
beforeAll(async () => {
  content = await builtContent();
});

const allPages = async () =>
  exactly(LANGS.length * IN_FIXTURE.builtPagesPerLanguage, await builtHtmlFiles(distDir), 'built pages');
const sheets = () => exactly(IN_FIXTURE.sheets, content.articles, 'sheets');
const published = () =>
  exactly(
    IN_FIXTURE.publishedFacts,
    content.facts.filter((f) => f.data.status !== 'unverified'),
    'published facts',
  );

describe('the build', () => {
  // A warning an editor learns to ignore hides the one that matters.
  it('prints no warnings', () => {
    const warnings = inject('buildOutput')
      .split('\n')
      .filter((line) => /\[WARN\]|warning/i.test(line));
    expect(warnings).toEqual([]);
  });
});

describe('pages', () => {
  it('has the home, sources, method and 404 pages and one page per article', async () => {
    const pages = await allPages();
    expect(pages).toEqual(
      expect.arrayContaining(['/index.html', '/sources/index.html', '/about/index.html', '/404.html']),
    );
    for (const article of sheets()) expect(pages).toContain(`/articles/${article.id}/index.html`);
  });

  it('links the home page to every article with its last-reviewed date', async () => {
    const $ = await page(distDir, '/');
    for (const article of sheets()) {
      const link = $(`a[href="/articles/${article.id}/"]`);
      expect(link.text()).toBe(article.data.title);
      expect(link.closest('li').find('time').attr('datetime')).toBe(article.data.reviewed.toISOString().slice(0, 10));
    }
  });
});

describe('article pages', () => {
  it('anchor every verified and corrected fact on its own article', async () => {
    for (const fact of published()) {
      const $ = await page(distDir, `/articles/${fact.article}/`);
      expect($(`[id="${fact.id}"]`).length, `${fact.id} on ${fact.article}`).toBe(1);
    }
  });

  it('list unverified claims under "Claims we could not verify", never as facts', async () => {
    const unverified = content.facts.filter((f) => f.data.status === 'unverified');
    for (const fact of exactly(IN_FIXTURE.unverifiedFacts, unverified, 'unverified facts')) {
      const $ = await page(distDir, `/articles/${fact.article}/`);
      const item = $(`[id="${fact.id}"]`);
      expect(item.closest('section').find('h2').text()).toBe('Claims we could not verify');
      expect(item.closest('.fact').length).toBe(0);
    }
  });

  it('show a visible correction naming the original claim for every corrected fact', async () => {
    const corrected = content.facts.flatMap((f) => (f.data.status === 'corrected' ? [{ ...f, data: f.data }] : []));
    for (const fact of exactly(IN_FIXTURE.correctedFacts, corrected, 'corrected facts')) {
      const $ = await page(distDir, `/articles/${fact.article}/`);
      const correction = $(`[id="${fact.id}"] .correction`).first();
      expect(correction.text()).toContain(fact.data.correction.original);
      expect(correction.text()).toContain(fact.data.correction.explanation);
    }
  });

  it('show the year the data describe beside every fact', async () => {
    for (const fact of published()) {
      const $ = await page(distDir, `/articles/${fact.article}/`);
      const figure = $(figureSelector(fact.id));
      expect(figure.length, fact.id).toBe(1);
      expect(figure.find('.meta').first().text()).toContain(`Data year: ${fact.data.year.label}`);
    }
  });

  it('link each citation to a source in the list, and each source back to its citations', async () => {
    for (const article of sheets()) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      const cites = $('sup.cite a');
      expect(cites.length).toBeGreaterThan(0);
      cites.each((_, a) => {
        const target = $(a).attr('href')!.slice(1);
        expect($(`[id="${target}"]`).closest('.source-list').length, target).toBe(1);
        expect($(`a[href="#${$(a).attr('id')}"]`).length, `back-link to ${$(a).attr('id')}`).toBe(1);
      });
    }
  });

  it('credit the original reporting', async () => {
    for (const article of sheets()) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      const credit = $('.credit').text();
      expect(credit).toContain(article.data.original.title);
      expect(credit).toContain(article.data.original.author);
    }
  });
});

describe('sources page', () => {
  it('has an anchor for every source any fact or dataset cites, under its publisher', async () => {
    const $ = await page(distDir, '/sources/');
    const cited = new Set([
      ...content.facts.flatMap((f) => f.data.sources.map((s) => s.id)),
      ...content.datasets.flatMap((d) => d.data.sources.map((s) => s.id)),
    ]);
    for (const id of exactly(IN_FIXTURE.sources, cited, 'cited sources')) {
      const entry = $(`li[id="${id}"]`);
      expect(entry.length, id).toBe(1);
      const source = content.sources.find((s) => s.id === id)!;
      expect(entry.closest('section').find('h2').text()).toBe(source.data.publisher);
      expect(entry.find(`a[href="${source.data.url}"]`).length).toBe(1);
    }
  });
});

describe('figures', () => {
  it('come only from facts, datasets and sources: no page has a number typed into its text', async () => {
    for (const urlPath of await allPages()) {
      expect(strayNumbers(await page(distDir, urlPath)), urlPath).toEqual([]);
    }
  });
});

// Astro 7's Markdown processor has GitHub-flavoured Markdown built in (README, "Markdown").
describe('GitHub-flavoured Markdown in a sheet', () => {
  it('renders a table, a footnote and strikethrough', async () => {
    const gfm = content.articles.find((a) => /^\|.*\|$/m.test(a.body) && a.body.includes('~~'))!;
    const prose = (await page(distDir, `/articles/${gfm.id}/`))('.prose');
    expect(prose.find('table thead th').length).toBeGreaterThan(0);
    expect(prose.find('a[data-footnote-ref]').length).toBeGreaterThan(0);
    expect(prose.find('section.footnotes li').length).toBeGreaterThan(0);
    expect(prose.find('del').length).toBeGreaterThan(0);
  });
});

describe('text that looks like HTML in a fact', () => {
  it('is shown as typed and runs nowhere', async () => {
    // second-places has a <script> tag in its caveat.
    const typed = content.facts.filter((f) => /<script>/.test(JSON.stringify(f.data)));
    for (const fact of exactly(1, typed, 'facts with a <script> tag')) {
      for (const urlPath of [`/articles/${fact.article}/`, `/facts/${fact.id}/`, `/es/facts/${fact.id}/`]) {
        const $ = await page(distDir, urlPath);
        const scripts = $('script')
          .map((_, el) => $(el).html() ?? '')
          .get();
        expect(
          scripts.filter((code) => code.includes('alert(')),
          urlPath,
        ).toEqual([]);
        expect($('body').text(), urlPath).toContain('<script>alert(1)</script>');
      }
    }
  });
});

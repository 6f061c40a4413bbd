/** Helpers for tests of the built site: the content it was built from, and its pages parsed. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { datasetSourceIds } from '../../src/lib/charts/downloads.ts';
import { checkContentDir, type CheckedContent } from '../../src/lib/content/check.ts';
import { helpLinesFor } from '../../src/lib/content/check-help-lines.ts';
import { statementText } from '../../src/lib/content/fact-text.ts';
import { modelOf } from '../../src/lib/content/site-model.ts';
import { formatValue } from '../../src/lib/format.ts';
import { inLanguage } from '../../src/lib/content/localize.ts';
import type { PublishedFact } from '../../src/lib/content/schema.ts';
import type { Lang } from './languages.ts';

/** The content code tests build and assert on; it belongs to the tests. */
export const FIXTURE_CONTENT = path.resolve('tests/fixtures/content-valid');
/** The site's real content: read only by the smoke tests (tests/smoke/). */
export const REAL_CONTENT = path.resolve('content');

/** The content a site was built from: the fixture unless the real content is asked for. */
export async function builtContent(dir = FIXTURE_CONTENT) {
  const { content, problems } = await checkContentDir(dir, process.cwd());
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

/** Every file below a folder, as a sorted path relative to it with / between folders ("es/index.html"). */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every built HTML file as a site path to the file ("/index.html", "/facts/x/index.html", "/404.html"). */
export async function builtHtmlFiles(distDir: string): Promise<string[]> {
  return (await filesIn(distDir)).filter((f) => f.endsWith('.html')).map((f) => `/${f}`);
}

/** Every built HTML page as a site path ("/", "/facts/x/", "/404.html"); moved-address pages left out if asked. */
export async function builtPages(distDir: string, { withRedirects = true } = {}): Promise<string[]> {
  const pages: string[] = [];
  for (const f of await builtHtmlFiles(distDir)) {
    if (!withRedirects && (await readFile(path.join(distDir, f), 'utf8')).includes('http-equiv="refresh"')) continue;
    pages.push(f.replace(/index\.html$/, ''));
  }
  return pages;
}

/**
 * One page of each template in both languages: home, every sheet (with and without a content
 * note), a classroom edition, a fact page of each kind (verified, corrected), sources, method,
 * corrections, search, the handout builder and "page not found".
 */
export function templatePages(content: Awaited<ReturnType<typeof builtContent>>): string[] {
  const facts = content.facts.filter((f) => f.data.status !== 'unverified');
  const kinds = [...new Set(facts.map((f) => f.data.status))].map((status) =>
    facts.find((f) => f.data.status === status)!,
  );
  const english = [
    '/',
    ...content.articles.map((a) => `/articles/${a.id}/`),
    ...content.classroom.slice(0, 1).map((c) => `/articles/${c.id}/classroom/`),
    ...kinds.map((f) => `/facts/${f.id}/`),
    '/sources/',
    '/about/',
    '/corrections/',
    '/search/',
    '/handout/',
  ];
  return [...english, ...english.map((p) => `/es${p}`), '/404.html', '/es/404/'];
}

/** The embed pages of the first published fact and the first dataset, in both languages. */
export function embedPages(content: Awaited<ReturnType<typeof builtContent>>): string[] {
  const fact = content.facts.find((f) => f.data.status !== 'unverified')!;
  const english = [`/embed/facts/${fact.id}/`, `/embed/charts/${content.datasets[0]!.id}/`];
  return [...english, ...english.map((p) => `/es${p}`)];
}

/** A published fact with a dataset and a correction or a claim, or the first published fact: the fact page with the most to click. */
export function factWithMostControls(content: Awaited<ReturnType<typeof builtContent>>): string {
  const facts = content.facts.filter((f) => f.data.status !== 'unverified');
  const rich = facts.find(
    (f) => f.data.status !== 'unverified' && f.data.dataset && (f.data.status === 'corrected' || f.data.claim),
  );
  return (rich ?? facts[0]!).id;
}

// Words that are English and never Spanish, in lower case: in Spanish text, an untranslated fragment.
const ENGLISH_WORDS = new Set(
  'the and of with from was were this that which for has have are is by its their page table paragraph report reported headline recorded not data source sources year people survey copy via citing archived republished published'.split(
    ' ',
  ),
);

/**
 * English words in a Spanish page's text: names and titles of sources (cite, .publisher), text marked
 * as another language or as a name (translate="no"), quoted words and addresses are left out; a
 * capitalised word is taken for part of a name ("The White House").
 */
export function englishWords($: cheerio.CheerioAPI): string[] {
  const body = $('body').clone();
  body.find('script, style, template, cite, .publisher, [translate="no"], [lang]:not([lang^="es"])').remove();
  // Addresses (with or without https://) are not words; quoted words are a source's own (a section's name).
  const text = body
    .text()
    .replace(/(https?:\/\/)?[\w-]+(\.[\w-]+)+\/\S*/g, '')
    .replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, '');
  return [...new Set((text.match(/[a-záéíóúñü]+/gi) ?? []).filter((w) => ENGLISH_WORDS.has(w)))];
}

/**
 * Everything a printed sheet must carry: its title, its address, every fact's statement, the address
 * of every source its facts and charts cite, and the numbers of its help lines (call and text).
 */
export function printedSheetNeeds(content: CheckedContent, site: string, sheet: string, lang: Lang): string[] {
  const article = content.articles.find((a) => a.id === sheet)!;
  const spanish = content.articlesEs.find((a) => a.id === sheet)?.data;
  const facts = content.facts.flatMap((f) =>
    f.article === sheet && f.data.status !== 'unverified' ? [f.data as PublishedFact] : [],
  );
  const model = modelOf(content);
  const byId = new Map(content.facts.map((f) => [f.id, f.data as PublishedFact]));
  const cards = [...model.cards.values()].map((ids) => ids.map((id) => byId.get(id)!));
  const charted = article.mdx.uses
    .filter((u) => u.component === 'StatChart')
    .map((u) => content.datasets.find((d) => d.id === u.id)!.data);
  const sourceIds = new Set([
    ...facts.flatMap((f) => f.sources.map((s) => s.id)),
    ...charted.flatMap(datasetSourceIds),
  ]);
  return [
    lang === 'es' ? inLanguage(article.data, spanish).title : article.data.title,
    `${site}${lang === 'es' ? '/es' : ''}/articles/${sheet}/`,
    // A card's lead figure prints in full; an earlier figure of a card prints as one line, its figure
    // and label when it has a headline, else its statement.
    ...facts.map((f) => {
      const earlier = cards.some(([, ...history]) => history.includes(f));
      if (!earlier || !f.headline || f.value === undefined || !f.unit) return statementText(f, lang);
      return formatValue(f.value, f.unit, lang, f.qualifier);
    }),
    ...[...sourceIds].map((id) => content.sources.find((s) => s.id === id)!.data.url),
    ...helpLinesFor(content.helpLines, sheet).flatMap((l) => [l.phone, ...(l.sms ? [l.sms] : [])]),
  ];
}

/** Where a fact's own figure stands on its sheet: a card's lead, or one of the figures listed under it. */
export const figureSelector = (id: string) => `.lead[data-from="fact:${id}"], .newer-fact[data-from="fact:${id}"]`;

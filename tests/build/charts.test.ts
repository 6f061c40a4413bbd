/** Charts as built: complete figures without JavaScript, downloads that match, and byte budgets. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { gzipBytes, pageJavaScript, staticClosure } from '../support/bundle.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGUAGES } from '../support/languages.ts';
import { builtContent, page } from '../support/site.ts';

const distDir = inject('distDir');
const KB = 1000;
let content: CheckedContent;
let charts: { article: string; dataset: string }[];

beforeAll(async () => {
  content = await builtContent();
  charts = content.articles.flatMap((a) =>
    a.mdx.uses.filter((u) => u.component === 'StatChart').map((u) => ({ article: a.id, dataset: u.id })),
  );
});

const everyChart = () => exactly(IN_FIXTURE.charts, charts, 'charts');
const dataset = (id: string) => content.datasets.find((d) => d.id === id)!;
const source = (id: string) => content.sources.find((s) => s.id === id)!;

describe('chart figures', () => {
  it('are found in the fixture, so the checks below have charts to check', () => {
    expect(charts).toEqual([
      { article: 'second-sheet', dataset: 'sample-yearly' },
      { article: 'second-sheet', dataset: 'sample-places' },
      { article: 'second-sheet', dataset: 'sample-two-counts' },
    ]);
  });

  it('draw series measured differently in panels of their own, each named, with no shared legend', async () => {
    // The fixture's sample-two-counts is marked `separate`; sample-places is one chart.
    for (const [lang, prefix] of LANGUAGES) {
      const $ = await page(distDir, `${prefix}/articles/second-sheet/`);
      const two = $('figure#chart-sample-two-counts');
      const data = dataset('sample-two-counts').data;
      const names = data.series.map((s, i) => (lang === 'en' ? s.name : data.es!.series![i]!.name));
      expect(
        two
          .find('.panel-title')
          .map((_, p) => $(p).text().trim())
          .get(),
      ).toEqual(names);
      // Each panel has its own drawing, with only its own series.
      const specs = two
        .find('fs-chart script')
        .map((_, s) => JSON.parse($(s).text()))
        .get() as { series: { name: string }[] }[];
      expect(specs.map((spec) => spec.series.map((s) => s.name))).toEqual(names.map((n) => [n]));
      expect(two.find('fs-chart .print-chart svg').length).toBe(2);
      expect(two.find('.legend').text()).not.toContain(names[0]);
      expect($('figure#chart-sample-places fs-chart').length).toBe(1);
      expect($('figure#chart-sample-places .panel-title').length).toBe(0);
    }
  });

  it('have a data table whose numbers equal the dataset, point by point', async () => {
    for (const { article, dataset: id } of everyChart()) {
      const $ = await page(distDir, `/articles/${article}/`);
      const figure = $(`figure#chart-${id}`);
      const data = dataset(id).data;
      const headers = figure.find('thead th');
      const names = headers.map((_, th) => $(th).clone().children('.grade-note').remove().end().text().trim()).get();
      expect(names.slice(1)).toEqual(data.series.map((s) => s.name));
      // Each series says what kind of evidence stands behind it, and values on weaker evidence are marked.
      expect(
        headers
          .slice(1)
          .map((_, th) => $(th).find('.grade-note').length)
          .get(),
      ).toEqual(data.series.map(() => 1));
      const table = new Map<string, string>();
      figure.find('tbody tr').each((_, tr) => {
        const x = $(tr).find('th').text().trim();
        $(tr)
          .find('td')
          .each((col, td) => {
            const value = $(td).find('data').attr('value');
            if (value !== undefined) table.set(`${col}|${x}`, value);
          });
      });
      const expected = new Map(
        data.series.flatMap((s, col) => s.points.map((p) => [`${col}|${p.x}`, String(p.value)])),
      );
      expect(table).toEqual(expected);
    }
  });

  it('show one short source line, and keep the table, notes and every source linked in a closed control', async () => {
    for (const [lang, prefix] of LANGUAGES) {
      for (const { article, dataset: id } of everyChart()) {
        const $ = await page(distDir, `${prefix}/articles/${article}/`);
        const figure = $(`figure#chart-${id}`);
        const data = dataset(id).data;
        // One source line under the chart, outside the control, with the data years.
        const line = figure.find('.source-line');
        expect(line.length, id).toBe(1);
        expect(line.closest('details').length, id).toBe(0);
        expect(line.text(), id).toContain(lang === 'en' ? `Data ${data.year.label}` : `Datos ${data.year.label}`);
        // The table, the notes and the full list of sources are inside one <details>, closed.
        const details = figure.children('details.table-sources');
        expect(details.length, id).toBe(1);
        expect(details.attr('open'), id).toBeUndefined();
        expect(details.children('summary').text().trim()).toBe(lang === 'en' ? 'Table and sources' : 'Tabla y fuentes');
        expect(details.find('table').length, id).toBe(1);
        expect(figure.find('table').length, id).toBe(1);
        const sourceList = details.find('.source');
        const ids = new Set(
          [
            ...data.sources,
            ...data.series.flatMap((s) => [...(s.sources ?? []), ...s.points.flatMap((p) => p.sources ?? [])]),
          ].map((r) => r.id),
        );
        // Each source is linked: to its address, or to its number in the sheet's own list.
        for (const sid of ids) {
          const linked =
            sourceList.find(`a[href="${source(sid).data.url}"]`).length +
            sourceList.find(`a[href="#src-${sid}"]`).length;
          expect(linked, `${id}: ${sid}`).toBe(1);
          if (sourceList.find(`a[href="#src-${sid}"]`).length) expect($(`li#src-${sid}`).length, sid).toBe(1);
        }
        if (lang === 'en') {
          if (data.note) expect(figure.find('.note').text()).toContain(data.note);
          else expect(figure.find('.note').length, `${id} has no note to show`).toBe(0);
          expect(figure.find('canvas').attr('aria-label')).toContain(data.takeaway);
          expect(figure.find('table caption').text()).toContain(data.title);
        }
        expect(figure.find('canvas').attr('role')).toBe('img');
      }
    }
  });

  it('give values with the same note and source one note, which lists them', async () => {
    // In the fixture, Place A and Place B of sample-places were read in one report with one note.
    for (const [lang, prefix] of LANGUAGES) {
      const $ = await page(distDir, `${prefix}/articles/second-sheet/`);
      const figure = $('figure#chart-sample-places');
      const notes = figure.find('details .notes li');
      expect(notes.length).toBe(1);
      expect(notes.text()).toContain(lang === 'en' ? 'Place A, Place B.' : 'Lugar A, Lugar B.');
      expect(notes.text()).toContain(lang === 'en' ? 'Read in a regional report.' : 'Leído en un informe regional.');
      // Both values point to that one note; Mexico's value has none.
      const marks = figure
        .find('tbody tr')
        .map((_, tr) => $(tr).find('sup a').text().trim())
        .get();
      expect(marks).toEqual(['', 'a', 'a']);
      expect(figure.find('sup a').first().attr('href')).toBe(`#${notes.attr('id')}`);
    }
  });
});

describe('downloads', () => {
  it('exist for every dataset as CSV and JSON with the same numbers', async () => {
    for (const { id, data } of exactly(IN_FIXTURE.datasets, content.datasets, 'datasets')) {
      const json = JSON.parse(await readFile(path.join(distDir, 'data', `${id}.json`), 'utf8'));
      expect(json.series.map((s: { points: { value: number }[] }) => s.points.map((p) => p.value))).toEqual(
        data.series.map((s) => s.points.map((p) => p.value)),
      );
      expect(json.dataYears).toBe(data.year.label);
      expect(json.licence).toMatch(/CC BY/);
      const csv = (await readFile(path.join(distDir, 'data', `${id}.csv`), 'utf8')).trimEnd().split('\n');
      const rows = csv.filter((l) => !l.startsWith('#')).slice(1);
      expect(rows.length).toBe(data.series.reduce((n, s) => n + s.points.length, 0));
      expect(csv.filter((l) => l.startsWith('# Source')).length).toBe(json.sources.length);
    }
  });

  it('are linked from every chart', async () => {
    for (const { article, dataset: id } of everyChart()) {
      const $ = await page(distDir, `/articles/${article}/`);
      expect($(`figure#chart-${id} a[href="/data/${id}.csv"]`).length).toBe(1);
      expect($(`figure#chart-${id} a[href="/data/${id}.json"]`).length).toBe(1);
    }
  });
});

describe('JavaScript budgets (gzip)', () => {
  it('fact pages load at most 2 KB (share controls) before a chart is visible', async () => {
    const published = content.facts.filter((f) => f.data.status !== 'unverified');
    for (const fact of exactly(IN_FIXTURE.publishedFacts, published, 'published facts')) {
      const { initialBytes } = await pageJavaScript(distDir, await page(distDir, `/facts/${fact.id}/`));
      expect(initialBytes, fact.id).toBeLessThanOrEqual(2 * KB);
    }
  });

  it('pages without a chart or share controls load no script file, only the quick exit inline (at most 1 KB)', async () => {
    for (const urlPath of ['/', '/sources/', '/about/', '/corrections/', '/404.html', '/es/', '/es/404/']) {
      const { initial, initialBytes } = await pageJavaScript(distDir, await page(distDir, urlPath));
      expect({ urlPath, initial }).toEqual({ urlPath, initial: [] });
      expect(initialBytes, urlPath).toBeGreaterThan(0);
      expect(initialBytes, urlPath).toBeLessThanOrEqual(1 * KB);
    }
  });

  it('an article loads at most 2 KB before a chart is visible, and a chart runtime of at most 55 KB', async () => {
    // Every fixture chart is on second-sheet.
    for (const article of exactly(1, new Set(everyChart().map((c) => c.article)), 'sheets with charts')) {
      const { initialBytes, later } = await pageJavaScript(distDir, await page(distDir, `/articles/${article}/`));
      expect(initialBytes, article).toBeGreaterThan(0);
      expect(initialBytes, article).toBeLessThanOrEqual(2 * KB);
      expect(later.length, `${article} loads the chart runtime lazily`).toBe(1);
      let runtimeBytes = 0;
      for (const file of await staticClosure(distDir, later[0]!))
        runtimeBytes += await gzipBytes(path.join(distDir, file));
      expect(runtimeBytes, article).toBeLessThanOrEqual(55 * KB);
    }
  });

  it('an embed loads what the same figure loads on our pages: a fact none, a chart the chart budget', async () => {
    const fact = await pageJavaScript(distDir, await page(distDir, '/embed/facts/second-yearly/'));
    expect(fact.initial).toEqual([]);
    expect(fact.initialBytes).toBe(0);
    const chart = await pageJavaScript(distDir, await page(distDir, '/embed/charts/sample-yearly/'));
    expect(chart.initialBytes).toBeGreaterThan(0);
    expect(chart.initialBytes).toBeLessThanOrEqual(2 * KB);
    expect(chart.later.length).toBe(1);
    let runtimeBytes = 0;
    for (const file of await staticClosure(distDir, chart.later[0]!))
      runtimeBytes += await gzipBytes(path.join(distDir, file));
    expect(runtimeBytes).toBeLessThanOrEqual(55 * KB);
  });

  it('the handout builder loads at most 12 KB, its QR code drawing included', async () => {
    const { initialBytes } = await pageJavaScript(distDir, await page(distDir, '/handout/'));
    expect(initialBytes).toBeGreaterThan(0);
    expect(initialBytes).toBeLessThanOrEqual(12 * KB);
  });
});

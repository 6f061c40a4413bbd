import { describe, expect, it } from 'vitest';
import { barLabel, toChartConfig, type ChartTheme } from '../../src/lib/charts/chart-config.ts';
import { legendKey, toSvgChart } from '../../src/lib/charts/chart-svg.ts';
import { chartPanels, toChartSpec, xLabels } from '../../src/lib/charts/chart-spec.ts';
import { coverText, noteMark, toChartTable } from '../../src/lib/charts/chart-table.ts';
import { datasetCsv, datasetJson } from '../../src/lib/charts/downloads.ts';
import { datasetSchema, sourceSchema, type Dataset } from '../../src/lib/content/schema.ts';

const poverty: Dataset = datasetSchema.parse({
  title: 'Poverty',
  takeaway: 'It fell.',
  unit: 'percent',
  year: { from: 2014, to: 2024 },
  sources: ['coneval'],
  note: 'Series differ, "so" they stay apart.',
  series: [
    {
      name: 'Old series',
      grade: 'official-estimate',
      points: [
        { x: 2016, value: 43.6 },
        { x: 2014, value: 46.2 },
      ],
    },
    {
      name: 'New series',
      grade: 'official-estimate',
      points: [{ x: 2018, value: 41.9, note: 'Revised, later', sources: ['other'], grade: 'news-report' }],
    },
  ],
});
const countries: Dataset = datasetSchema.parse({
  title: 'Estimates',
  takeaway: 'Three countries.',
  unit: 'usd',
  year: 2016,
  sources: ['coneval'],
  series: [
    {
      name: 'Index',
      grade: 'modelled-estimate',
      points: [
        { x: 'United States', value: 2.8e9, qualifier: 'almost' },
        { x: 'Brazil', value: 1e6 },
      ],
    },
  ],
});

const light: ChartTheme = {
  text: '#111111',
  grid: '#dddddd',
  background: '#ffffff',
  series: ['#0072b2', '#d55e00'],
  reducedMotion: false,
};
const dark: ChartTheme = {
  text: '#eeeeee',
  grid: '#333333',
  background: '#14171b',
  series: ['#56b4e9', '#e69f00'],
  reducedMotion: true,
};

describe('toChartSpec', () => {
  it('puts years in ascending order and leaves a gap where a series has no value', () => {
    const spec = toChartSpec('poverty', poverty);
    expect(spec.labels).toEqual(['2014', '2016', '2018']);
    expect(spec.series.map((s) => s.values)).toEqual([
      [46.2, 43.6, null],
      [null, null, 41.9],
    ]);
    expect(spec.type).toBe('line');
  });

  it('keeps categories in the order the dataset lists them and draws them as bars', () => {
    expect(xLabels(countries)).toEqual(['United States', 'Brazil']);
    expect(toChartSpec('c', countries).type).toBe('bar');
    expect(toChartSpec('c', countries).series[0]!.qualifiers).toEqual(['almost', null]);
  });

  it('lets the article choose bars for a series of years', () => {
    expect(toChartSpec('poverty', poverty, 'en', 'bar').type).toBe('bar');
  });
});

/** Yearly counts with years missing (2014, 2016, 2017): on a time axis they must leave gaps. */
const gappy = datasetSchema.parse({
  title: 'T',
  takeaway: 'A takeaway.',
  unit: 'people',
  year: { from: 2012, to: 2018 },
  sources: ['s'],
  series: [
    { name: 'Count', grade: 'official-count', points: [2012, 2013, 2015, 2018].map((x) => ({ x, value: x - 2000 })) },
  ],
});

describe('toChartConfig', () => {
  it('builds a bar chart of categories with the labels and values of the dataset', () => {
    const spec = toChartSpec('c', countries);
    const config = toChartConfig(spec, light);
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(spec.labels);
    expect(config.data.datasets.map((d) => d.data)).toEqual(spec.series.map((s) => s.values));
    expect(config.data.datasets.map((d) => d.label)).toEqual(countries.series.map((s) => s.name));
  });

  it('puts years on a time axis, each value at its year, so a missing year leaves a gap', () => {
    for (const type of ['line', 'bar'] as const) {
      const config = toChartConfig(toChartSpec('g', gappy, 'en', type), light);
      expect(config.data.labels).toBeUndefined();
      expect(config.data.datasets[0]!.data).toEqual([
        { x: 2012, y: 12 },
        { x: 2013, y: 13 },
        { x: 2015, y: 15 },
        { x: 2018, y: 18 },
      ]);
      const x = config.options?.scales?.['x'] as { type: string; ticks: { callback: (v: number) => string } };
      expect(x.type).toBe('linear');
      // A year is written as a year, not as a number with a thousands separator.
      expect(x.ticks.callback(2015)).toBe('2015');
    }
  });

  it('animates only when the reader has not asked for reduced motion', () => {
    const spec = toChartSpec('poverty', poverty);
    expect(toChartConfig(spec, light).options?.animation).not.toBe(false);
    expect(toChartConfig(spec, dark).options?.animation).toBe(false);
  });

  it('takes every colour from the theme, so dark mode gets dark-mode colours', () => {
    const config = toChartConfig(toChartSpec('poverty', poverty), dark);
    expect(config.data.datasets.map((d) => d.borderColor)).toEqual(['#56b4e9', '#e69f00']);
    const y = config.options?.scales?.['y'] as { ticks: { color: string }; grid: { color: string } };
    expect(y.ticks.color).toBe('#eeeeee');
    expect(y.grid.color).toBe('#333333');
  });

  it('tells line series apart by dash pattern as well as colour', () => {
    const [first, second] = toChartConfig(toChartSpec('poverty', poverty), light).data.datasets as {
      borderDash: number[];
    }[];
    expect(first!.borderDash).not.toEqual(second!.borderDash);
  });

  it.each([
    [poverty, 40, '40%'],
    [countries, 2e9, '$2 billion'],
  ])('labels the value axis in the unit of the data', (dataset, tick, expected) => {
    const y = toChartConfig(toChartSpec('x', dataset), light).options?.scales?.['y'] as {
      ticks: { callback: (v: number) => string };
    };
    expect(y.ticks.callback(tick)).toBe(expected);
  });
});

describe('downloads', () => {
  const sources = new Map([
    [
      'coneval',
      sourceSchema.parse({
        publisher: 'CONEVAL',
        title: 'Medición',
        year: 2017,
        url: 'https://www.coneval.org.mx',
        accessed: '2026-11-28',
        kind: 'primary',
        type: 'government',
      }),
    ],
    [
      'other',
      sourceSchema.parse({
        publisher: 'Other',
        title: 'Note, with comma',
        year: null,
        url: 'https://example.org/',
        accessed: '2026-11-28',
        kind: 'secondary',
        type: 'newspaper',
      }),
    ],
  ]);
  const site = new URL('https://example.net');

  it('writes JSON with the sources in full, the data years and the licence', () => {
    const json = datasetJson('poverty', poverty, sources, site);
    expect(json.dataYears).toBe('2014–2024');
    expect(json.licence).toContain('CC BY 4.0');
    expect(json.sources.map((s) => s.url)).toEqual(['https://www.coneval.org.mx', 'https://example.org/']);
    expect(json.series[1]!.points[0]).toMatchObject({
      x: 2018,
      value: 41.9,
      note: 'Revised, later',
      sources: ['other'],
    });
  });

  it('writes CSV with metadata comments and one quoted, parseable row per point', () => {
    const lines = datasetCsv('poverty', poverty, sources, site).trimEnd().split('\n');
    const meta = lines.filter((l) => l.startsWith('#'));
    expect(meta.join('\n')).toMatch(/Data years: 2014–2024/);
    expect(meta.join('\n')).toMatch(/Note: Series differ/);
    expect(meta.join('\n')).toMatch(/Licence: CC BY 4\.0/);
    const rows = lines.filter((l) => !l.startsWith('#'));
    expect(rows[0]).toBe('series,x,value,qualifier,grade,note,sources');
    expect(rows.slice(1)).toEqual([
      'Old series,2016,43.6,,official-estimate,,coneval',
      'Old series,2014,46.2,,official-estimate,,coneval',
      'New series,2018,41.9,,news-report,"Revised, later",other',
    ]);
  });
});

describe('toChartTable', () => {
  it('gives a row per year, a cell per series, and marks values on weaker evidence and with notes', () => {
    const table = toChartTable(poverty, 'en');
    expect(table.rows.map((r) => r.label)).toEqual(['2014', '2016', '2018']);
    const cell = (row: number, col: number) => table.rows[row]!.cells[col]!;
    expect(cell(0, 0)).toMatchObject({ value: 46.2, text: '46.2%', weaker: false, mark: undefined });
    // A series has no value in a year the other covers: an empty cell, not a zero.
    expect(cell(0, 1)).toMatchObject({ value: null, weaker: false });
    // The 2018 point is a news report with a note and a source of its own.
    expect(cell(2, 1)).toMatchObject({ value: 41.9, weaker: true, mark: 'a' });
    expect(table.notes).toEqual([
      { mark: 'a', covers: [{ label: '2018', series: 'New series' }], text: 'Revised, later', sources: ['other'] },
    ]);
    expect(table.anyWeaker).toBe(true);
  });

  it('gives points with the same note and sources one note listing the values it covers', () => {
    // Five points: four read in one report (one of them with a note of its own), one in another.
    const read = datasetSchema.parse({
      title: 'Counts',
      takeaway: 'Read in reports.',
      unit: 'people',
      year: { from: 2014, to: 2018 },
      sources: ['coneval'],
      series: [
        {
          name: 'Count',
          grade: 'news-report',
          points: [
            { x: 2014, value: 1, sources: ['report-a'] },
            { x: 2015, value: 2, sources: ['report-b'] },
            { x: 2016, value: 3, sources: ['report-a'] },
            { x: 2017, value: 4, sources: ['report-a'], note: 'Preliminary.' },
            { x: 2018, value: 5, sources: ['report-a'] },
          ],
        },
      ],
    });
    const table = toChartTable(read, 'en');
    expect(table.notes).toEqual([
      {
        mark: 'a',
        covers: ['2014', '2016', '2018'].map((label) => ({ label, series: 'Count' })),
        text: undefined,
        sources: ['report-a'],
      },
      { mark: 'b', covers: [{ label: '2015', series: 'Count' }], text: undefined, sources: ['report-b'] },
      { mark: 'c', covers: [{ label: '2017', series: 'Count' }], text: 'Preliminary.', sources: ['report-a'] },
    ]);
    expect(table.rows.map((r) => r.cells[0]!.mark)).toEqual(['a', 'b', 'a', 'c', 'a']);
  });

  // A long series (the cartel sheet's homicides) has more than 26 notes: letters, never punctuation
  // or control characters, which are invalid in the #fragment of a link.
  it.each([
    [0, 'a'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
    [51, 'az'],
    [52, 'ba'],
    [701, 'zz'],
    [702, 'aaa'],
  ])('marks note %i with %s', (index, mark) => {
    expect(noteMark(index)).toBe(mark);
  });

  it('writes values and category labels in the reader’s language', () => {
    const table = toChartTable(countries, 'es');
    expect(table.rows[0]!.cells[0]!.text).toBe('casi US$2.8 mil millones');
    expect(table.anyWeaker).toBe(false);
  });
});

describe('values on weaker evidence', () => {
  it('are hatched bars when the browser can draw a pattern, faded ones otherwise, and hollow points on lines', () => {
    const bars = toChartConfig(toChartSpec('p', poverty, 'en', 'bar'), { ...light, hatch: (c) => `hatch(${c})` });
    // The second series' only value (2018) is a news report; the first series' values are official.
    expect(bars.data.datasets[1]!.backgroundColor).toEqual([light.series[1], light.series[1], 'hatch(#d55e00)']);
    expect(bars.data.datasets[0]!.backgroundColor).toEqual([light.series[0], light.series[0], light.series[0]]);
    const faded = toChartConfig(toChartSpec('p', poverty, 'en', 'bar'), light);
    expect((faded.data.datasets[1]!.backgroundColor as string[])[2]).toMatch(/^#d55e00[0-9a-f]{2}$/);
    const line = toChartConfig(toChartSpec('p', poverty, 'en', 'line'), light);
    expect((line.data.datasets[1] as unknown as { pointBackgroundColor: string[] }).pointBackgroundColor[2]).toBe(
      light.background,
    );
  });
});

describe('the build-time SVG', () => {
  it('places years in proportion: two years apart is twice the distance of one', () => {
    const svg = toSvgChart(toChartSpec('g', gappy));
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(4);
    const step = xs[1]! - xs[0]!;
    expect(xs[2]! - xs[1]!).toBeCloseTo(2 * step, 5);
    expect(xs[3]! - xs[2]!).toBeCloseTo(3 * step, 5);
  });
});

describe('a dataset of dated versions', () => {
  it('stands each on a time axis at its month, so months apart stand closer than years apart', () => {
    const versions = datasetSchema.parse({
      title: 'T',
      takeaway: 'A takeaway.',
      unit: 'deaths',
      year: { from: 2013, to: 2017 },
      sources: ['s'],
      series: [
        {
          name: 'Estimate',
          grade: 'official-estimate',
          points: [
            { x: 'June 2013', month: '2013-06', value: 60000 },
            { x: 'January 2017', month: '2017-01', value: 100000 },
            { x: 'June 2017', month: '2017-06', value: 109000 },
          ],
        },
      ],
    });
    const spec = toChartSpec('v', versions);
    expect(spec.years!.map((y) => Number(y.toFixed(3)))).toEqual([2013.458, 2017.042, 2017.458]);
    const xs = (toChartConfig(spec, light).data.datasets[0]!.data as { x: number }[]).map((p) => p.x);
    expect(xs[2]! - xs[1]!).toBeLessThan((xs[1]! - xs[0]!) / 5);
  });
});

describe('a comparison of places', () => {
  const places = datasetSchema.parse({
    title: 'T',
    takeaway: 'A takeaway.',
    unit: 'people',
    year: 2019,
    sources: ['s'],
    series: [
      {
        name: 'Estimate',
        grade: 'modelled-estimate',
        points: [
          { x: 'Place A', value: 320 },
          { x: 'Mexico', value: 500, qualifier: 'more-than' },
          { x: 'Place B', value: 150 },
        ],
      },
    ],
  });

  it('draws Mexico, the subject, in its colour and the other places in grey', () => {
    const config = toChartConfig(toChartSpec('p', places), { ...light, other: 'grey' });
    expect(config.data.datasets[0]!.backgroundColor).toEqual(['grey', light.series[0], 'grey']);
  });

  it('labels each bar with its value, a lower bound said as such', () => {
    const spec = toChartSpec('p', places);
    expect([0, 1, 2].map((i) => barLabel(spec, 0, i))).toEqual(['320', 'more than 500', '150']);
    expect(barLabel(toChartSpec('p', places, 'es'), 0, 1)).toBe('más de 500');
  });

  it('prints each bar’s value above it in the build-time drawing, as the screen does', () => {
    const svg = toSvgChart(toChartSpec('p', places));
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['320', 'more than 500', '150']));
    // The tallest bar's label stays inside the drawing.
    const tops = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" text-anchor="middle">more than 500/g)].map((m) =>
      Number(m[1]),
    );
    expect(tops).toHaveLength(1);
    expect(tops[0]).toBeGreaterThan(11);
  });
});

describe('a dataset whose series measure different things', () => {
  const two = datasetSchema.parse({
    title: 'T',
    takeaway: 'A takeaway.',
    unit: 'deaths',
    year: { from: 2014, to: 2017 },
    sources: ['s'],
    separate: true,
    series: [
      { name: 'Tally', grade: 'news-report', points: [{ x: 'Tally 2014', value: 850 }] },
      { name: 'Estimate', grade: 'official-estimate', points: [{ x: 'Estimate 2017', value: 1090 }] },
    ],
    es: { series: [{ name: 'Conteo' }, { name: 'Estimación' }] },
  });

  it('is drawn as one panel per series, each with its own Spanish name', () => {
    const panels = chartPanels(two);
    expect(panels.map((p) => toChartSpec('x', p).series.map((s) => s.name))).toEqual([['Tally'], ['Estimate']]);
    expect(panels.map((p) => toChartSpec('x', p, 'es').series.map((s) => s.name))).toEqual([
      ['Conteo'],
      ['Estimación'],
    ]);
  });

  it('is one chart when its series are comparable', () => {
    expect(chartPanels({ ...two, separate: undefined })).toEqual([{ ...two, separate: undefined }]);
  });
});

describe('legend keys', () => {
  const twoLines = datasetSchema.parse({
    title: 'T',
    takeaway: 'A takeaway.',
    unit: 'percent',
    year: { from: 2014, to: 2018 },
    sources: ['s'],
    series: [
      {
        name: 'Old method',
        grade: 'official-estimate',
        points: [
          { x: 2014, value: 46 },
          { x: 2016, value: 44 },
        ],
      },
      {
        name: 'New method',
        grade: 'official-estimate',
        points: [
          { x: 2016, value: 43 },
          { x: 2018, value: 42 },
        ],
      },
    ],
  });

  it('draw each series with the dash and point mark the chart gives it', () => {
    const svg = toSvgChart(toChartSpec('m', twoLines));
    // The second series' points are squares in the drawing, as on the canvas and in its key.
    expect(toChartConfig(toChartSpec('m', twoLines), light).data.datasets[1]!).toMatchObject({ pointStyle: 'rect' });
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="7" height="7"/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(legendKey('line', 1)).toMatch(/stroke-dasharray="6 4".*<rect [^>]*width="7" height="7"/);
    expect(legendKey('line', 0)).toMatch(/<circle /);
    expect(legendKey('line', 0)).not.toMatch(/stroke-dasharray/);
    expect(legendKey('bar', 2)).toMatch(/^<svg[^>]*><rect [^>]*fill="currentColor"\/><\/svg>$/);
  });
});

describe('coverText', () => {
  it.each([
    [['2007', '2008'], false, '2007, 2008'],
    [['2010', '2011', '2012', '2014'], false, '2010–2012, 2014'],
    [['Place A', 'Place B'], false, 'Place A, Place B'],
  ])('writes %j as %s', (labels, several, text) => {
    expect(
      coverText(
        labels.map((label) => ({ label, series: 'S' })),
        several,
      ),
    ).toBe(text);
  });

  it('groups the values by series in a chart of several', () => {
    const covers = [
      { label: '2010', series: 'Final' },
      { label: '2011', series: 'Final' },
      { label: '2011', series: 'Preliminary' },
      { label: '2012', series: 'Final' },
    ];
    expect(coverText(covers, true)).toBe('2010–2012, Final; 2011, Preliminary');
  });
});

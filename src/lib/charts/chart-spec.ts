/**
 * A chart's data, reduced to what the browser needs to draw it: labels along the x axis and
 * one row of values per series (null where a series has no point). Pure, so tests and the
 * server-rendered table use the same numbers as the canvas.
 */
import { WEAKER_GRADES, type Dataset, type Grade, type Qualifier, type Unit } from '../content/schema.ts';
import type { Lang } from '../format.ts';
import { datasetText } from '../content/localize.ts';

export type ChartType = 'bar' | 'line';

export interface ChartSpec {
  id: string;
  type: ChartType;
  lang: Lang;
  title: string;
  takeaway: string;
  unit: Unit;
  /** x-axis labels, in order: years ascending, or categories as first listed. */
  labels: string[];
  /**
   * Where each label stands in time, in years (2013.46 for June 2013), when every point has a year or
   * a month: the x axis is then a time axis, so a missing year leaves a gap and uneven dates stand
   * unevenly. Null for categories.
   */
  years: number[] | null;
  /** The label of Mexico, the subject of every sheet, when a chart compares it with other places: drawn in full colour, the others in grey. */
  subject: number | null;
  series: {
    name: string;
    values: (number | null)[];
    qualifiers: (Qualifier | null)[];
    /** Whether each value rests on a weaker grade of evidence (drawn hatched or hollow). */
    weaker: boolean[];
  }[];
}

/** The grade of a dataset's point: its own, or its series'. */
export function pointGrade(series: Dataset['series'][number], x: string | number): Grade | undefined {
  const point = series.points.find((p) => String(p.x) === String(x));
  return point ? (point.grade ?? series.grade) : undefined;
}

/** The x-axis labels of a dataset: the union of every series' x values. */
export function xLabels(dataset: Dataset): string[] {
  const xs = dataset.series.flatMap((s) => s.points.map((p) => p.x));
  const unique = [...new Set(xs)];
  if (unique.every((x) => typeof x === 'number')) unique.sort((a, b) => (a as number) - (b as number));
  return unique.map(String);
}

/** Each label's place in time, in years (a month stands at its middle), or null if any point has neither. */
function timeOf(dataset: Dataset, labels: string[]): number[] | null {
  const points = new Map(dataset.series.flatMap((s) => s.points.map((p) => [String(p.x), p])));
  const times = labels.map((l) => {
    const p = points.get(l)!;
    if (typeof p.x === 'number') return p.x;
    if (!p.month) return null;
    const [year, month] = p.month.split('-').map(Number) as [number, number];
    return year + (month - 0.5) / 12;
  });
  return times.every((t) => t !== null) ? (times as number[]) : null;
}

/**
 * What is drawn as one chart: the dataset, or, when its series measure different things
 * (`separate`), each series on its own, with its Spanish name kept beside it.
 */
export function chartPanels(dataset: Dataset): Dataset[] {
  if (!dataset.separate || dataset.series.length < 2) return [dataset];
  return dataset.series.map((series, i) => ({
    ...dataset,
    series: [series],
    ...(dataset.es && { es: { ...dataset.es, series: dataset.es.series?.slice(i, i + 1) } }),
  }));
}

/** Builds the chart spec of a dataset; the default type is a line for years and bars for categories. */
export function toChartSpec(id: string, dataset: Dataset, lang: Lang = 'en', type?: ChartType): ChartSpec {
  const labels = xLabels(dataset);
  const byYear = dataset.series.every((s) => s.points.every((p) => typeof p.x === 'number'));
  const text = datasetText(dataset, lang);
  return {
    id,
    type: type ?? (byYear ? 'line' : 'bar'),
    lang,
    title: text.title,
    takeaway: text.takeaway,
    unit: dataset.unit,
    labels: labels.map((l) => text.label(l)),
    years: timeOf(dataset, labels),
    subject: byYear || !labels.includes('Mexico') || labels.length < 2 ? null : labels.indexOf('Mexico'),
    series: dataset.series.map((s, i) => {
      const at = new Map(s.points.map((p) => [String(p.x), p]));
      return {
        name: text.seriesName(i),
        values: labels.map((l) => at.get(l)?.value ?? null),
        qualifiers: labels.map((l) => at.get(l)?.qualifier ?? null),
        weaker: labels.map((l) => {
          const grade = pointGrade(s, l);
          return grade !== undefined && WEAKER_GRADES.includes(grade);
        }),
      };
    }),
  };
}

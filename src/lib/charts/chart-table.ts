/**
 * The data table of a chart: one row per x value, one cell per series, with each cell's formatted
 * value, its note mark and whether it rests on weaker evidence; and the notes under the table.
 * Pure, so tests check the table without rendering the figure.
 */
import { datasetText } from '../content/localize.ts';
import { WEAKER_GRADES, type Dataset, type Qualifier } from '../content/schema.ts';
import { formatValue, type Lang } from '../format.ts';
import { pointGrade, xLabels } from './chart-spec.ts';

export interface TableCell {
  /** The value as a number (for <data value>), or null where the series has no point. */
  value: number | null;
  /** The value as readers read it ("about 14,600"). */
  text: string;
  qualifier: Qualifier | null;
  /** The letter of the cell's note, when the point has a note or sources of its own. */
  mark: string | undefined;
  /** The value rests on a news report or a secondary report. */
  weaker: boolean;
}

export interface ChartNote {
  mark: string;
  /** The values the note covers, in table order: each row's label and its series' name. */
  covers: { label: string; series: string }[];
  text: string | undefined;
  sources: string[];
}

export interface ChartTable {
  /** Row headers in the reader's language. */
  rows: { label: string; cells: TableCell[] }[];
  /**
   * The notes the marks point to, in order. Points with the same note and the same sources share one
   * note, which lists the values it covers (a long series read in a few reports lists a few notes).
   */
  notes: ChartNote[];
  /** Whether any value rests on weaker evidence (the table then explains the mark). */
  anyWeaker: boolean;
}

/** The letter of the note at an index, as spreadsheet columns go: a…z, then aa, ab… (never past z into punctuation). */
export function noteMark(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : noteMark(Math.floor(index / 26) - 1) + letter;
}

/** Builds the table of a dataset in a language. */
export function toChartTable(dataset: Dataset, lang: Lang): ChartTable {
  const text = datasetText(dataset, lang);
  const notes: ChartTable['notes'] = [];
  let anyWeaker = false;
  // Rows are keyed by the English x values; readers see them translated (text.label).
  const rows = xLabels(dataset).map((key) => ({
    label: text.label(key),
    cells: dataset.series.map((series, i): TableCell => {
      const point = series.points.find((p) => String(p.x) === key);
      if (!point) return { value: null, text: '', qualifier: null, mark: undefined, weaker: false };
      const grade = pointGrade(series, key);
      const weaker = grade !== undefined && WEAKER_GRADES.includes(grade);
      anyWeaker ||= weaker;
      let mark: string | undefined;
      // Points with their own note or source get a letter in the table and a line under it; points
      // with the same note and sources share the letter and the line.
      if (point.note || point.sources) {
        const note = { text: text.pointNote(i, point.x), sources: point.sources?.map((r) => r.id) ?? [] };
        const same = JSON.stringify(note);
        let shared = notes.find((n) => JSON.stringify({ text: n.text, sources: n.sources }) === same);
        if (!shared) {
          shared = { mark: noteMark(notes.length), covers: [], ...note };
          notes.push(shared);
        }
        shared.covers.push({ label: text.label(key), series: text.seriesName(i) });
        mark = shared.mark;
      }
      return {
        value: point.value,
        text: formatValue(point.value, dataset.unit, lang, point.qualifier),
        qualifier: point.qualifier ?? null,
        mark,
        weaker,
      };
    }),
  }));
  return { rows, notes, anyWeaker };
}

/**
 * The values a note covers, short: runs of three or more consecutive years as a range ("2010–2014"),
 * and, in a chart of several series, the values grouped by series ("2010–2014, Final count; 2015, Preliminary").
 */
export function coverText(covers: ChartNote['covers'], severalSeries: boolean): string {
  const bySeries = new Map<string, string[]>();
  for (const c of covers) bySeries.set(c.series, [...(bySeries.get(c.series) ?? []), c.label]);
  return [...bySeries]
    .map(([series, labels]) => (severalSeries ? `${runs(labels)}, ${series}` : runs(labels)))
    .join('; ');
}

/** Labels joined by commas, with runs of three or more consecutive years written as a range. */
function runs(labels: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < labels.length;) {
    let j = i;
    while (j + 1 < labels.length && /^\d{4}$/.test(labels[j]!) && Number(labels[j + 1]) === Number(labels[j]) + 1) j++;
    out.push(j - i >= 2 ? `${labels[i]}–${labels[j]}` : labels.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}

/**
 * A static SVG drawing of a chart, made at build time for print: it needs no JavaScript,
 * prints sharp at any size, and is there even for charts never scrolled into view.
 */
import { formatValue } from '../format.ts';
import { barLabel, POINT_STYLES } from './chart-config.ts';
import type { ChartSpec } from './chart-spec.ts';

/** Print colours: Okabe–Ito on white, as the light theme. */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'];
/** The places a chart compares Mexico with (--fs-other). */
const OTHER = '#8a939d';
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];

/** A series' point mark at (x, y): its shape, filled, or hollow for a value on weaker evidence. */
function mark(series: number, x: number, y: number, r: number, paint: string): string {
  switch (POINT_STYLES[series % POINT_STYLES.length]) {
    case 'rect':
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" ${paint}/>`;
    case 'triangle':
      return `<polygon points="${x},${y - r * 1.15} ${x + r * 1.15},${y + r * 0.85} ${x - r * 1.15},${y + r * 0.85}" ${paint}/>`;
    case 'rectRot':
      return `<polygon points="${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}" ${paint}/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="${r}" ${paint}/>`;
  }
}

/**
 * The key of a series in a legend, drawn as the chart draws it: a bar's fill, or a line with its
 * dash and point mark, in the colour of the element it sits in (currentColor).
 */
export function legendKey(type: 'bar' | 'line', series: number): string {
  const body =
    type === 'bar'
      ? '<rect x="2" y="1" width="20" height="10" rx="2" fill="currentColor"/>'
      : `<line x1="0" y1="6" x2="24" y2="6" stroke="currentColor" stroke-width="2.5"${DASHES[series % DASHES.length] ? ` stroke-dasharray="${DASHES[series % DASHES.length]}"` : ''}/>${mark(series, 12, 6, 3.5, 'fill="currentColor"')}`;
  return `<svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">${body}</svg>`;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A round upper bound for the value axis and its tick step. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.25 };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  return { top: Math.ceil(max / step) * step, step };
}

/** Splits a label into at most two lines of about `width` characters. */
function wrap(label: string, width: number): string[] {
  if (label.length <= width) return [label];
  const cut = label.lastIndexOf(' ', width);
  return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label];
}

export function toSvgChart(spec: ChartSpec, width = 420, height = 180): string {
  // Bars carry their value above them: room at the top for the tallest one's.
  const margin = { top: spec.type === 'bar' ? 20 : 10, right: 12, bottom: 42, left: 84 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const { top, step } = niceScale(Math.max(...values));
  const y = (v: number) => margin.top + plotH - (v / top) * plotH;
  // Years stand in proportion on a time axis (a missing year leaves a gap); categories in equal bands.
  const years = spec.years;
  const span = years ? years.at(-1)! - years[0]! + 1 : spec.labels.length;
  const band = plotW / span;
  const xMid = (i: number) => margin.left + band * ((years ? years[i]! - years[0]! : i) + 0.5);
  const parts: string[] = [];

  for (let v = 0; v <= top + step / 2; v += step) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}" stroke="#d5d9de" stroke-width="1"/>`,
      `<text x="${margin.left - 6}" y="${y(v) + 4}" text-anchor="end">${escape(formatValue(v, spec.unit, spec.lang))}</text>`,
    );
  }
  if (years) {
    // A time axis is labelled by whole years, as the interactive chart is; the table names each point.
    for (let year = Math.ceil(years[0]!); year <= Math.floor(years.at(-1)!); year++) {
      const x = margin.left + band * (year - years[0]! + 0.5);
      parts.push(`<text x="${x}" y="${margin.top + plotH + 16}" text-anchor="middle">${year}</text>`);
    }
  } else {
    spec.labels.forEach((label, i) => {
      wrap(label, Math.max(8, Math.floor(band / 7))).forEach((line, j) => {
        parts.push(
          `<text x="${xMid(i)}" y="${margin.top + plotH + 16 + j * 13}" text-anchor="middle">${escape(line)}</text>`,
        );
      });
    });
  }
  // Bars never overlap: on a time axis they are no wider than the closest two points are apart.
  const closest = years ? Math.min(1, ...years.slice(1).map((y, i) => y - years[i]!)) : 1;
  const barSpace = band * Math.min(0.7, closest * 0.8);

  if (spec.type === 'bar') {
    spec.labels.forEach((_, i) => {
      const present = spec.series
        .map((s, k) => ({ k, v: s.values[i] }))
        .filter((p) => p.v !== null && p.v !== undefined);
      const slot = barSpace / Math.max(1, present.length);
      present.forEach(({ k, v }, j) => {
        const x = xMid(i) - barSpace / 2 + j * slot;
        // In a comparison, Mexico keeps its colour and the other places are grey.
        const other = spec.subject !== null && i !== spec.subject;
        const colour = other ? OTHER : COLOURS[k % COLOURS.length]!;
        // A value on weaker evidence is a hatched bar with a solid outline.
        const weak = spec.series[k]!.weaker[i];
        const pattern = `hatch-${spec.id}-${other ? 'other' : k % COLOURS.length}`;
        parts.push(
          `<rect x="${x}" y="${y(v!)}" width="${slot - 2}" height="${y(0) - y(v!)}" fill="${weak ? `url(#${pattern})` : colour}"${weak ? ` stroke="${colour}" stroke-width="1.5"` : ''}/>`,
        );
        // Its value above it, "more than" included, where it fits (about 6 units a character), as on screen.
        const label = barLabel(spec, k, i);
        if (label && label.length * 6 <= slot * 1.3) {
          parts.push(`<text x="${x + (slot - 2) / 2}" y="${y(v!) - 3}" text-anchor="middle">${escape(label)}</text>`);
        }
      });
    });
  } else {
    spec.series.forEach((s, k) => {
      const colour = COLOURS[k % COLOURS.length];
      let segment: string[] = [];
      const flush = () => {
        if (segment.length > 1) {
          parts.push(
            `<polyline points="${segment.join(' ')}" fill="none" stroke="${colour}" stroke-width="2.5"${DASHES[k % DASHES.length] ? ` stroke-dasharray="${DASHES[k % DASHES.length]}"` : ''}/>`,
          );
        }
        segment = [];
      };
      s.values.forEach((v, i) => {
        if (v === null) return flush();
        segment.push(`${xMid(i)},${y(v)}`);
        // A value on weaker evidence is a hollow point.
        const fill = s.weaker[i] ? `fill="#ffffff" stroke="${colour}" stroke-width="1.5"` : `fill="${colour}"`;
        parts.push(mark(k, xMid(i), y(v), 3.5, fill));
      });
      flush();
    });
  }
  parts.push(
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(0)}" y2="${y(0)}" stroke="#4f5863" stroke-width="1"/>`,
  );
  // Pattern ids carry the chart's id: a page may hold several charts.
  const anyWeak = spec.series.some((s) => s.weaker.some(Boolean));
  const hatches = (anyWeak ? [...COLOURS.map((c, k) => [String(k), c] as const), ['other', OTHER] as const] : [])
    .map(
      ([key, c]) =>
        `<pattern id="hatch-${spec.id}-${key}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${c}" stroke-width="2.5"/></pattern>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11" fill="#1b1f24">${hatches ? `<defs>${hatches}</defs>` : ''}${parts.join('')}</svg>`;
}

/** The Chart.js configuration of a chart: a pure function of its spec and the page's theme. */
import type { ChartConfiguration } from 'chart.js';
import { formatValue } from '../format.ts';
import type { ChartSpec } from './chart-spec.ts';

export interface ChartTheme {
  /** Text and axis colour. */
  text: string;
  /** Grid line colour. */
  grid: string;
  /** Page background: the inside of hollow points. */
  background: string;
  /** A hatched fill of a colour, for bars on weaker evidence; drawn by the browser (a faded colour without it). */
  hatch?: (colour: string) => string | CanvasPattern;
  /** One colour per series, from the --fs-series-* tokens. */
  series: string[];
  /** The colour of the places a chart compares Mexico with. */
  other?: string;
  /** The reader asked for less motion: no animation at all. */
  reducedMotion: boolean;
}

/** Point shapes tell series apart without relying on colour alone (the print drawing and legends use them too). */
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot'] as const;

/** Dash patterns tell series apart without relying on colour alone. */
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

/** A colour at a fraction of its strength: fills of points on weaker evidence. */
export function faded(hex: string, alpha = 0.3): string {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  return `${full}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

export function toChartConfig(spec: ChartSpec, theme: ChartTheme): ChartConfiguration<'bar' | 'line'> {
  const format = (v: number) => formatValue(v, spec.unit, spec.lang);
  const line = spec.type === 'line';
  return {
    type: spec.type,
    data: {
      ...(spec.years ? {} : { labels: spec.labels }),
      datasets: spec.series.map((s, i) => {
        const colour = theme.series[i % theme.series.length] ?? theme.text;
        // Values on weaker evidence: a hatched bar with a solid outline, or a hollow point.
        const weak = s.weaker;
        // In a comparison, Mexico stands out and the other places are grey.
        const fill = (j: number) =>
          spec.subject === null || j === spec.subject ? colour : (theme.other ?? faded(colour, 0.45));
        return {
          label: s.name,
          // On a time axis each value stands at its year; a year with no value is no point at all.
          data: spec.years ? s.values.map((v, j) => ({ x: spec.years![j]!, y: v })) : s.values,
          backgroundColor: line
            ? colour
            : weak.map((w, j) => (w ? (theme.hatch?.(fill(j)) ?? faded(fill(j))) : fill(j))),
          borderColor: line ? colour : weak.map((_, j) => fill(j)),
          borderWidth: line ? 3 : weak.map((w) => (w ? 2 : 0)),
          pointBackgroundColor: weak.map((w) => (w ? theme.background : colour)),
          pointBorderWidth: weak.map((w) => (w ? 2 : 1)),
          borderDash: line ? DASHES[i % DASHES.length] : [],
          pointRadius: line ? 4 : 0,
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          spanGaps: false,
          // A category where this series has no value leaves no empty slot beside the other bars.
          skipNull: true,
        };
      }),
    },
    options: {
      // Room above the bars for their value labels (drawn by chart-runtime.ts).
      layout: { padding: { top: line ? 0 : 18 } },
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? false : { duration: 400 },
      color: theme.text,
      // The data table beside the chart carries every value, so hover tooltips are not needed.
      events: [],
      plugins: {
        // The legend is server-rendered HTML beside the canvas (readable without JavaScript).
        legend: { display: false },
        tooltip: { enabled: false },
      },
      scales: {
        x: spec.years
          ? {
              // Years in proportion: June 2013 and 2017 are not one step apart, and a missing year shows.
              type: 'linear',
              min: Math.floor(spec.years[0]!) - (line && Number.isInteger(spec.years[0]) ? 0 : 0.5),
              max: Math.ceil(spec.years.at(-1)!) + (line && Number.isInteger(spec.years.at(-1)) ? 0 : 0.5),
              // A tick at every whole year, written as a year (no thousands separator).
              afterBuildTicks: (axis: { min: number; max: number; ticks: { value: number }[] }) => {
                axis.ticks = [];
                for (let year = Math.ceil(axis.min); year <= axis.max; year++) axis.ticks.push({ value: year });
              },
              ticks: { color: theme.text, callback: (v: string | number) => String(v) },
              grid: { display: false },
            }
          : { ticks: { color: theme.text }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { color: theme.text, callback: (v) => format(Number(v)), maxTicksLimit: 6 },
          grid: { color: theme.grid },
        },
      },
    },
  };
}

/** The label written on a bar: its value as readers read it, "more than" included (a lower bound). */
export function barLabel(spec: ChartSpec, series: number, index: number): string | undefined {
  const s = spec.series[series];
  const value = s?.values[index];
  return value === null || value === undefined
    ? undefined
    : formatValue(value, spec.unit, spec.lang, s!.qualifiers[index] ?? undefined);
}

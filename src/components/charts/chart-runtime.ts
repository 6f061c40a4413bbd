/**
 * The chart runtime, loaded only when a chart comes near the viewport. It registers just the
 * Chart.js pieces our charts use (never chart.js/auto) to keep the chunk small.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { toChartConfig, type ChartTheme } from '../../lib/charts/chart-config.ts';
import type { ChartSpec } from '../../lib/charts/chart-spec.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

/** Draws a chart on a canvas; returns a function that removes it. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, theme: ChartTheme): () => void {
  const chart = new Chart(canvas, toChartConfig(spec, theme));
  return () => chart.destroy();
}

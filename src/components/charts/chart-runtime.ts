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

/** A tile of diagonal stripes in a colour on the page's background, as the print SVG hatches. */
function hatch(colour: string, background: string): string | CanvasPattern {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = background;
  context.fillRect(0, 0, 6, 6);
  context.strokeStyle = colour;
  context.lineWidth = 2;
  context.beginPath();
  for (const offset of [-6, 0, 6]) {
    context.moveTo(offset, 6);
    context.lineTo(offset + 6, 0);
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}

/** Draws a chart on a canvas; returns a function that removes it. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, theme: ChartTheme): () => void {
  const chart = new Chart(
    canvas,
    toChartConfig(spec, { ...theme, hatch: (colour) => hatch(colour, theme.background) }),
  );
  return () => chart.destroy();
}

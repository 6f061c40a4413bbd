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
import { barLabel, toChartConfig, type ChartTheme } from '../../lib/charts/chart-config.ts';
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

/** Each bar's value written above it, as Datawrapper and Our World in Data do: no need to read the axis. */
function valueLabels(spec: ChartSpec, colour: string) {
  return {
    id: 'value-labels',
    afterDatasetsDraw(chart: Chart) {
      if (spec.type !== 'bar') return;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.data.datasets.forEach((_, i) =>
        chart.getDatasetMeta(i).data.forEach((bar, j) => {
          const text = barLabel(spec, i, j);
          if (!text) return;
          const { x, y, width } = bar as unknown as { x: number; y: number; width: number };
          // A label wider than its bar and the gaps beside it would run into its neighbours: left to the table.
          if (ctx.measureText(text).width > width * 1.3) return;
          ctx.fillText(text, x, y - 3);
        }),
      );
      ctx.restore();
    },
  };
}

/** Draws a chart on a canvas, in the page's own font; returns a function that removes it. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, theme: ChartTheme): () => void {
  const css = getComputedStyle(canvas);
  Chart.defaults.font.family = css.fontFamily;
  Chart.defaults.font.size = 13;
  // Read here, in the lazily loaded runtime, to keep the page's first script small.
  const other = css.getPropertyValue('--fs-other').trim();
  const config = toChartConfig(spec, { ...theme, other, hatch: (colour) => hatch(colour, theme.background) });
  const chart = new Chart(canvas, { ...config, plugins: [valueLabels(spec, theme.text)] });
  return () => chart.destroy();
}

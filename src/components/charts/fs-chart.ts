/**
 * <fs-chart>: draws the chart of the server-rendered figure it wraps. The figure, its table
 * and its source are complete without JavaScript; this only adds the canvas drawing, loaded
 * when the chart comes near the viewport.
 */
import type { ChartTheme } from '../../lib/charts/chart-config.ts';
import type { ChartSpec } from '../../lib/charts/chart-spec.ts';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = matchMedia('(prefers-color-scheme: dark)');

function readTheme(el: Element): ChartTheme {
  const css = getComputedStyle(el);
  const token = (name: string) => css.getPropertyValue(`--fs-${name}`).trim();
  return {
    text: token('text'),
    grid: token('border'),
    background: token('bg'),
    series: [1, 2, 3, 4].map((n) => token(`series-${n}`)),
    reducedMotion: reducedMotion.matches,
  };
}

export class FsChart extends HTMLElement {
  #observer?: IntersectionObserver;
  #remove?: () => void;
  #redraw = () => void this.draw();

  connectedCallback() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.draw();
      },
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
    darkScheme.addEventListener('change', this.#redraw);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    darkScheme.removeEventListener('change', this.#redraw);
    this.#remove?.();
  }

  /** Draws (or redraws) the chart; resolves once it is on the canvas. */
  async draw() {
    const canvas = this.querySelector('canvas');
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!canvas || !json) return;
    const { drawChart } = await import('./chart-runtime.ts');
    this.#remove?.();
    this.#remove = drawChart(canvas, JSON.parse(json) as ChartSpec, readTheme(this));
    this.dataset['state'] = 'drawn';
  }
}

if (!customElements.get('fs-chart')) customElements.define('fs-chart', FsChart);

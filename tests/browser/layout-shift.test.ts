/**
 * No page moves while it loads: the cumulative layout shift of every page template, as Lighthouse
 * measures it (layout-shift entries without recent input), stays under 0.02 on a laptop and a phone;
 * and a page is drawn where it stays, however late its scripts run (a slow phone draws the page
 * before they do).
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inTabs, launchBrowser } from '../support/browser.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { builtContent, templatePages } from '../support/site.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  pages = exactly(
    IN_FIXTURE.templatePagesPerLanguage,
    templatePages(await builtContent()).filter((p) => !p.startsWith('/es/')),
    'English page templates',
  );
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS: [string, BrowserContextOptions][] = [
  ['laptop', { viewport: { width: 1280, height: 800 } }],
  ['360 px phone', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }],
];

describe.each(SCREENS)('loading every page template on a %s', (_name, options) => {
  it('shifts the layout by less than 0.02 (cumulative layout shift)', async () => {
    const context = await browser.newContext(options);
    await context.addInitScript(() => {
      const w = window as unknown as { __cls: number; __moved: string[]; __flush: () => void };
      w.__cls = 0;
      w.__moved = [];
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
      const add = (entries: PerformanceEntryList) => {
        for (const entry of entries as Shift[]) {
          if (entry.hadRecentInput) continue;
          w.__cls += entry.value;
          // What moved, to name in a failure.
          for (const s of entry.sources)
            w.__moved.push(`${s.node?.nodeName}.${(s.node as Element | undefined)?.className}`);
        }
      };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      // Takes the shifts reported but not yet handed to the callback.
      w.__flush = () => add(observer.takeRecords());
    });
    // Four tabs at a time; each load is a new document, with its own record of shifts.
    const shifts = (
      await inTabs(context, 4, pages, (page) => async (urlPath) => {
        await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'networkidle' });
        // The page has settled once its fonts are in and every chart near the top (within the 200 px
        // fs-chart looks ahead) is drawn; a shift is reported with the frame that paints it, so two
        // more frames pass before the shifts are read.
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLElement>('fs-chart')]
            .filter((c) => c.getBoundingClientRect().top < innerHeight + 200)
            .every((c) => c.dataset['state'] === 'drawn'),
        );
        const { cls, moved } = await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
          const w = window as unknown as { __cls: number; __moved: string[]; __flush: () => void };
          w.__flush();
          return { cls: w.__cls, moved: w.__moved };
        });
        return cls >= 0.02 ? [`${urlPath}: ${cls.toFixed(3)} (${[...new Set(moved)].join(', ')})`] : [];
      })
    ).flat();
    expect(shifts).toEqual([]);
    await context.close();
  });

  it('draws every page template where it stays once its scripts have run', async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // Where the foot of the page starts: anything above that grows or shrinks moves it.
    const footTop = () => page.locator('footer.site-footer').evaluate((el) => el.getBoundingClientRect().top);
    const moved: string[] = [];
    for (const urlPath of pages) {
      // The page as drawn before its scripts run: they are held back (scripting stays on).
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'load' });
      const before = await footTop();
      await page.unrouteAll();
      await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'networkidle' });
      const after = await footTop();
      if (Math.abs(after - before) > 1) moved.push(`${urlPath}: ${before} → ${after}`);
    }
    expect(moved).toEqual([]);
    await context.close();
  });
});

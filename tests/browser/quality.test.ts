/**
 * Gates in real Chromium on every page: accessibility (axe) in light, dark and on a phone,
 * no request to another host, no Content-Security-Policy violation, and keyboard use.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  // Moved-address pages leave at once for the page they point to, which is checked in its own right.
  pages = await builtPages(distDir, { withRedirects: false });
});
afterAll(async () => {
  await browser?.close();
});

/** Loads a page, draws its charts, and reports what a reader's browser would have objected to. */
async function visit(page: Page, urlPath: string) {
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  const onRequest = (r: { url(): string }) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== baseUrl) foreign.push(r.url());
  };
  const onConsole = (m: { type(): string; text(): string }) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'load' });
  // Bring every chart into view so its code runs under the policy too.
  for (const chart of await page.locator('fs-chart').all()) await chart.scrollIntoViewIfNeeded();
  if ((await page.locator('fs-chart').count()) > 0) {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('fs-chart')].every((c) => c.getAttribute('data-state') === 'drawn'),
    );
  }
  cspViolations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  page.off('request', onRequest);
  page.off('console', onConsole);
  return { foreign, cspViolations };
}

const CONFIGS: [string, BrowserContextOptions][] = [
  ['light', { colorScheme: 'light', viewport: { width: 1024, height: 800 } }],
  ['dark', { colorScheme: 'dark', viewport: { width: 1024, height: 800 } }],
  ['360 px phone', { colorScheme: 'light', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }],
];

describe.each(CONFIGS)('every page (%s)', (_name, options) => {
  it(
    'has no accessibility violations, no request to another host and no CSP violation',
    { timeout: 600_000 },
    async () => {
      const context = await browser.newContext(options);
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const w = window as unknown as { __csp?: string[] };
          (w.__csp ??= []).push(`${e.violatedDirective}: ${e.blockedURI}`);
        });
      });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const urlPath of pages) {
        const { foreign, cspViolations } = await visit(page, urlPath);
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of axe.violations)
          failures.push(`${urlPath}: axe ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
        for (const f of foreign) failures.push(`${urlPath}: request to ${f}`);
        for (const c of cspViolations) failures.push(`${urlPath}: CSP ${c}`);
      }
      expect(failures).toEqual([]);
      await context.close();
    },
  );
});

describe('keyboard', () => {
  it('the first Tab lands on a visible skip link that moves focus to the main content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/human-trafficking/`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('Skip to content');
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('reaches every link and button on a page with Tab, each with a visible focus outline', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/facts/poverty-2016-coneval/`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const focusable = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]')].filter(
          (el) => el.offsetParent !== null && !el.closest('[hidden]'),
        ).length,
    );
    const reached = new Set<string>();
    const unstyled: string[] = [];
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return undefined;
        const style = getComputedStyle(el);
        const path = `${[...document.querySelectorAll('*')].indexOf(el)}:${el.outerHTML.slice(0, 60)}`;
        return { path, visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!info) break; // past the last control
      reached.add(info.path);
      if (!info.visible) unstyled.push(info.path);
    }
    expect(reached.size).toBeGreaterThanOrEqual(focusable);
    expect(unstyled).toEqual([]);
    await context.close();
  });
});

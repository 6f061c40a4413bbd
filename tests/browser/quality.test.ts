/**
 * Gates in real Chromium on one page of every template, in both languages: accessibility (axe) in
 * light, dark and on a phone, no request to another host, no Content-Security-Policy violation,
 * and keyboard use. Pages are checked side by side, in four tabs per browser setting.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { axeOf, inTabs, launchBrowser } from '../support/browser.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { builtContent, embedPages, factWithMostControls, templatePages } from '../support/site.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let content: CheckedContent;
let pages: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  content = await builtContent();
  // Embeds are pages too: on another site they must be as accessible as here.
  pages = [...templatePages(content), ...embedPages(content)];
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Prepares a tab to check page after page: each is loaded, its charts drawn and axe run, and what a
 * reader's browser would have objected to comes back as lines naming the page.
 */
function checker(page: Page) {
  let foreign: string[] = [];
  let cspViolations: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== baseUrl) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return async (urlPath: string): Promise<string[]> => {
    foreign = [];
    cspViolations = [];
    await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'load' });
    // Bring every chart into view so its code runs under the policy too.
    for (const chart of await page.locator('fs-chart').all()) await chart.scrollIntoViewIfNeeded();
    if ((await page.locator('fs-chart').count()) > 0) {
      await page.waitForFunction(() =>
        [...document.querySelectorAll('fs-chart')].every((c) => c.getAttribute('data-state') === 'drawn'),
      );
    }
    cspViolations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
    const axe = await axeOf(page);
    return [
      ...axe.violations.map((v) => `${urlPath}: axe ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`),
      ...foreign.map((f) => `${urlPath}: request to ${f}`),
      ...cspViolations.map((c) => `${urlPath}: CSP ${c}`),
    ];
  };
}

// Light mode sees every template in both languages; dark mode and the phone, which change colours
// and layout but not words, see every template in English. Each template in a language, and the two
// embeds (a fact and a chart).
const IN_ONE_LANGUAGE = IN_FIXTURE.templatePagesPerLanguage + 2;
// Charts are drawn without animation (reduced motion): axe then sees them finished, and the machine
// spends nothing on frames no check looks at.
const CONFIGS: [string, BrowserContextOptions, (p: string) => boolean, number][] = [
  [
    'light, both languages',
    { colorScheme: 'light', reducedMotion: 'reduce', viewport: { width: 1024, height: 800 } },
    () => true,
    2 * IN_ONE_LANGUAGE,
  ],
  [
    'dark',
    { colorScheme: 'dark', reducedMotion: 'reduce', viewport: { width: 1024, height: 800 } },
    (p) => !p.startsWith('/es/'),
    IN_ONE_LANGUAGE,
  ],
  [
    '360 px phone',
    {
      colorScheme: 'light',
      reducedMotion: 'reduce',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    },
    (p) => !p.startsWith('/es/'),
    IN_ONE_LANGUAGE,
  ],
];

describe.each(CONFIGS)('every page template (%s)', (_name, options, included, count) => {
  it('has no accessibility violations, no request to another host and no CSP violation', async () => {
    const context = await browser.newContext(options);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.violatedDirective}: ${e.blockedURI}`);
      });
    });
    // Four tabs at a time: a two-core machine stays responsive.
    const failures = (await inTabs(context, 4, exactly(count, pages.filter(included), 'pages'), checker)).flat();
    await context.close();
    expect(failures).toEqual([]);
  });
});

describe('keyboard', () => {
  it('the first Tab lands on a visible skip link that moves focus to the main content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/${content.articles[0]!.id}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('Skip to content');
    // On screen, not merely in the page: inside the viewport and drawn.
    expect(await skip.isVisible()).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('reaches every link and button on a page with Tab, each with a visible focus outline', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A fact with a chart behind it, a correction or a claim: the page with the most controls.
    await page.goto(`${baseUrl}/facts/${factWithMostControls(content)}/`);
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

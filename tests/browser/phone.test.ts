/**
 * A phone as narrow as 320 px: no page scrolls sideways, in either language; the quick-exit strip
 * stays one thin row with its whole "Leave this site" button on the screen; and the skip link, once
 * focused, is the thing on top where it shows, not hidden under the strip.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inTabs, launchBrowser } from '../support/browser.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGS } from '../support/languages.ts';
import { builtContent, builtPages, templatePages } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
/** The tallest the strip may be on a phone: it stays at the top of every screen. */
const STRIP_MAX = 48;
const PHONES = [320, 360] as const;

let browser: Browser;
/** Every page a reader can open (moved addresses only send them on): both languages, embeds too. */
let allPages: string[];
/** One page of each template in both languages. */
let templates: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  allPages = exactly(
    LANGS.length * (IN_FIXTURE.builtPagesPerLanguage - IN_FIXTURE.redirects),
    await builtPages(distDir, { withRedirects: false }),
    'built pages, both languages',
  );
  templates = exactly(
    LANGS.length * IN_FIXTURE.templatePagesPerLanguage,
    templatePages(await builtContent()),
    'page templates, both languages',
  );
  // Both languages are among them.
  expect(allPages.filter((p) => p.startsWith('/es/')).length).toBe(allPages.length / 2);
});
afterAll(async () => {
  await browser?.close();
});

const phone = (width: number) =>
  browser.newContext({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });

/** Opens a page and waits until it is laid out in its own fonts. */
async function open(tab: Page, urlPath: string) {
  await tab.goto(`${baseUrl}${urlPath}`, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Visits pages on a phone of the given width and collects what `check` reports on each (an empty
 * list when all is well).
 */
async function onPhone(width: number, urlPaths: string[], check: (tab: Page, urlPath: string) => Promise<string[]>) {
  const context: BrowserContext = await phone(width);
  const found = await inTabs(context, 4, urlPaths, (tab) => (urlPath) => check(tab, urlPath));
  await context.close();
  return found.flat();
}

describe.each(PHONES)('on a %i px phone', (width) => {
  it('no page is wider than the screen, in either language', async () => {
    const wide = await onPhone(width, allPages, async (tab, urlPath) => {
      await open(tab, urlPath);
      // A phone widens its layout viewport to fit a page that overflows (innerWidth grows with it),
      // so the page is measured against the screen's own width.
      const { scrollWidth, widest } = await tab.evaluate((screenWidth) => {
        // What pushes the page sideways: an element past the screen's edge that no scrolling box of
        // its own holds (a table in its scrolling box is fine), or that escapes one (position: absolute).
        const held = (el: Element) => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          return false;
        };
        const past = [...document.querySelectorAll('body *')]
          .map((el) => ({ el, right: el.getBoundingClientRect().right }))
          .filter(
            ({ el, right }) => right > screenWidth + 0.5 && (!held(el) || getComputedStyle(el).position === 'absolute'),
          )
          .sort((a, b) => b.right - a.right);
        const top = past[0];
        return {
          scrollWidth: document.documentElement.scrollWidth,
          widest: top
            ? `<${top.el.localName} class="${top.el.className}"> ending at ${Math.round(top.right)} px: "${(top.el.textContent ?? '').trim().slice(0, 50)}"`
            : 'no single element found',
        };
      }, width);
      return scrollWidth > width ? [`${urlPath} is ${scrollWidth} px wide; widest: ${widest}`] : [];
    });
    expect(wide).toEqual([]);
  });

  it(`the quick-exit strip is at most ${STRIP_MAX} px high, and its whole exit button is on the screen`, async () => {
    const problems = await onPhone(width, templates, async (tab, urlPath) => {
      await open(tab, urlPath);
      const strip = (await tab.locator('.safety-strip').boundingBox())!;
      const button = tab.locator('.safety-strip a.leave');
      const box = (await button.boundingBox())!;
      // Its label fits inside its box: nothing of it is cut off.
      const labelFits = await button.evaluate(
        (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
      );
      const found: string[] = [];
      if (strip.height > STRIP_MAX) found.push(`${urlPath}: the strip is ${strip.height} px high`);
      if (box.x < 0 || box.x + box.width > width || box.y < 0 || box.y + box.height > strip.y + strip.height)
        found.push(
          `${urlPath}: the exit button runs from x = ${box.x} to ${box.x + box.width}, y = ${box.y} to ${box.y + box.height}`,
        );
      if (!labelFits) found.push(`${urlPath}: the exit button's label does not fit in it`);
      if (!(await button.isVisible())) found.push(`${urlPath}: the exit button is not visible`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe.each([...PHONES, 1280])('on a screen %i px wide', (width) => {
  it('the skip link, focused by the first Tab, is the topmost thing where it shows', async () => {
    const context =
      width === 1280 ? await browser.newContext({ viewport: { width, height: 800 } }) : await phone(width);
    const hidden = (
      await inTabs(context, 4, templates, (tab) => async (urlPath) => {
        await open(tab, urlPath);
        await tab.keyboard.press('Tab');
        const skip = tab.locator('a.skip-link');
        await skip.evaluate((el) => {
          if (document.activeElement !== el)
            throw new Error(`the first Tab focused ${document.activeElement?.outerHTML}`);
        });
        const box = (await skip.boundingBox())!;
        const onTop = await skip.evaluate(
          (el, [x, y]) => {
            const at = document.elementFromPoint(x!, y!);
            return at !== null && el.contains(at) ? 'the skip link' : `<${at?.localName} class="${at?.className}">`;
          },
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        return onTop === 'the skip link' ? [] : [`${urlPath}: ${onTop} covers the focused skip link`];
      })
    ).flat();
    expect(hidden).toEqual([]);
    await context.close();
  });
});

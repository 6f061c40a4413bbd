/** Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core; .ci/run installs it. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Flags that keep Chromium off the network and quiet on a closed machine.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/**
 * axe's WCAG 2.2 AA rules on a page. Our pages hold no frames, so axe runs once in the page itself
 * (legacy mode) instead of once per frame and again in a blank page to merge the results, and
 * details only violations: half the time per page, the same rules.
 */
export function axeOf(page: Page) {
  if (page.frames().length > 1)
    throw new Error(`${page.url()} has frames, which legacy mode does not check: drop setLegacyMode`);
  // options() replaces the options withTags() sets, so it comes first.
  return new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    .analyze();
}

/**
 * Visits pages in a few tabs side by side, each tab taking the next page from one queue. Tabs are
 * reused (the site keeps nothing in storage between pages), because a new tab costs a new renderer
 * process. `open` prepares a tab and returns what to do with each page in it; results come back in
 * the order the pages were given.
 */
export async function inTabs<R>(
  context: BrowserContext,
  tabs: number,
  urlPaths: string[],
  open: (tab: Page) => (urlPath: string) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(urlPaths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const visit = open(await context.newPage());
      for (let i = next++; i < urlPaths.length; i = next++) results[i] = await visit(urlPaths[i]!);
    }),
  );
  return results;
}

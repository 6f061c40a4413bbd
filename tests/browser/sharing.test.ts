/** Sharing a single fact in real Chromium: copy its link, reach the controls by keyboard, hear the confirmation. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
// The fixture sheets (tests/fixtures/content-valid).
const ARTICLE = '/articles/second-sheet/';
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(async () => {
  await browser?.close();
});

describe('copy link', () => {
  it('puts the fact’s own URL on the clipboard and says so politely', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${ARTICLE}`);
    const card = page.locator('article.fact').nth(2);
    const id = await card.getAttribute('id');
    const share = card.locator('fs-share').first();
    const expected = await share.getAttribute('data-url');
    expect(expected).toMatch(new RegExp(`/facts/${id}/$`));
    await share.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => share.locator('[role="status"]').textContent()).toBe('Link copied.');
    await page.close();
  });

  it('copies the citation shown under the statement of a fact page, in one click', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/facts/sample-count/`);
    const actions = page.locator('.fact-actions');
    await actions.getByRole('button', { name: 'Copy citation' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Mexico Fact Sheets\. \(\d{4}, \w+ \d+\)\. .+ https:\/\/.+\/facts\/sample-count\/$/);
    expect(copied).toBe((await actions.locator('.cite-lead pre').first().textContent())?.trim());
    await expect.poll(() => actions.locator('fs-copy [role="status"]').first().textContent()).toBe('Copied.');
    // The other styles are one click away.
    await actions.getByText('Other citation styles').click();
    await actions.getByRole('button', { name: 'Copy MLA citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^"/);
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  it('reaches the share controls of a fact with Tab and announces the result of Enter', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${ARTICLE}`);
    const card = page.locator('article.fact').first();
    await card.locator('a.anchor').focus();
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
      if (reached.at(-1) === 'Copy link') break;
    }
    expect(reached).toContain('Share or cite this fact');
    expect(reached.at(-1)).toBe('Copy link');
    await page.keyboard.press('Enter');
    const status = card.locator('fs-share [role="status"]').first();
    await expect.poll(() => status.textContent()).toBe('Link copied.');
    await page.close();
  });

  it('shows only the plain link when JavaScript is off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}${ARTICLE}`);
    const share = page.locator('article.fact').first().locator('fs-share');
    expect(await share.getByRole('link', { name: 'Share or cite this fact' }).isVisible()).toBe(true);
    expect(await share.getByRole('button').count()).toBe(0);
    // A fact page's row: its link and its citation to select; no button that cannot work.
    await page.goto(`${baseUrl}/facts/sample-count/`);
    const actions = page.locator('.fact-actions');
    expect(await actions.getByRole('link', { name: 'Link to this fact' }).isVisible()).toBe(true);
    expect(await actions.locator('.cite-lead pre').first().isVisible()).toBe(true);
    expect(await actions.getByRole('button').count()).toBe(0);
    await noJs.close();
  });
});

/**
 * Embeds in real Chromium, as a journalist's page would show them: served from another origin, a
 * fact and a chart render inside <iframe>s with no CSP or framing error, while a normal page of ours
 * in the same kind of frame is refused (frame-ancestors in _headers).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { LANGUAGES } from '../support/languages.ts';
import { serveStatic } from '../support/static-server.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: { server: Server; baseUrl: string };
let hostDir = '';

// Fixture records (tests/fixtures/content-valid): a fact and a chart of the second sheet.
const FRAMES = {
  fact: '/embed/facts/second-yearly/',
  chart: '/embed/charts/sample-yearly/',
  spanishFact: '/es/embed/facts/second-yearly/',
  normal: '/facts/second-yearly/',
};

beforeAll(async () => {
  browser = await launchBrowser();
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'fs-embed-host-'));
  const frames = Object.entries(FRAMES)
    .map(([name, src]) => `<iframe name="${name}" src="${baseUrl}${src}" width="680" height="800"></iframe>`)
    .join('\n');
  await writeFile(path.join(hostDir, 'index.html'), `<!doctype html><title>A newsroom</title>\n${frames}\n`);
  await writeFile(path.join(hostDir, 'favicon.ico'), '');
  host = await serveStatic(hostDir);
});
afterAll(async () => {
  await browser?.close();
  host?.server.close();
  await rm(hostDir, { recursive: true, force: true });
});

describe('embeds on another site', () => {
  it('render a fact and a chart in frames, refuse a normal page, and report no other error', async () => {
    expect(new URL(host.baseUrl).origin).not.toBe(new URL(baseUrl).origin);
    const context = await browser.newContext({ viewport: { width: 1400, height: 2600 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(host.baseUrl, { waitUntil: 'networkidle' });
    const frame = (name: string) => page.frame({ name })!;

    // Limits for a busy machine, not for speed.
    await frame('fact').waitForSelector('.statement', { timeout: 30_000 });
    expect(await frame('fact').locator('.statement').count()).toBe(1);
    expect(await frame('fact').locator('.grade-badge').count()).toBeGreaterThan(0);
    expect(await frame('fact').locator('.meta').textContent()).toContain('Data year');
    expect(await frame('fact').locator('.sources li').count()).toBeGreaterThan(0);
    // No site chrome: the host page decides what surrounds the figure.
    expect(await frame('fact').locator('.site-header, .quick-exit, footer').count()).toBe(0);
    expect(await frame('fact').locator(`a[href$="/facts/second-yearly/"]`).count()).toBeGreaterThan(0);
    expect(await frame('spanishFact').locator('html').getAttribute('lang')).toBe('es');

    await frame('chart').waitForSelector('fs-chart[data-state="drawn"]', { timeout: 30_000 });
    expect(await frame('chart').locator('table').count()).toBe(1);

    // Our own pages refuse to be framed: Chromium shows its error page instead.
    await expect.poll(() => errors.filter((e) => /frame-ancestors/.test(e)).length, { timeout: 30_000 }).toBe(1);
    expect(await frame('normal').locator('main').count()).toBe(0);
    const refusals = errors.filter((e) => /frame-ancestors/.test(e));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toContain(`"frame-ancestors 'none'"`);
    expect(errors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('oEmbed', () => {
  it('describes every fact and chart with the oEmbed 1.0 fields, in both languages', async () => {
    for (const [kind, id, page] of [
      ['facts', 'second-yearly', '/facts/second-yearly/'],
      ['charts', 'sample-yearly', '/articles/second-sheet/'],
    ] as const) {
      for (const [, prefix] of LANGUAGES) {
        const html = await (await fetch(`${baseUrl}${prefix}${page}`)).text();
        const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
        expect(link, `${prefix}${page}`).toBeDefined();
        expect(new URL(link!).pathname).toBe(`${prefix}/oembed/${kind}/${id}.json`);
        const response = await fetch(`${baseUrl}${new URL(link!).pathname}`);
        expect(response.headers.get('content-type')).toMatch(/application\/json/);
        const oembed = (await response.json()) as Record<string, unknown>;
        expect(oembed).toMatchObject({
          type: 'rich',
          version: '1.0',
          provider_name: prefix ? 'Fichas sobre México' : 'Mexico Fact Sheets',
        });
        expect(typeof oembed['title']).toBe('string');
        expect(oembed['width']).toBeGreaterThan(0);
        expect(oembed['height']).toBeGreaterThan(0);
        expect(String(oembed['provider_url'])).toMatch(/^https:\/\//);
        const iframe = /^<iframe src="([^"]+)" title="[^"]+" width="(\d+)" height="(\d+)"/.exec(String(oembed['html']));
        expect(new URL(iframe![1]!).pathname).toBe(`${prefix}/embed/${kind}/${id}/`);
        expect([Number(iframe![2]), Number(iframe![3])]).toEqual([oembed['width'], oembed['height']]);
      }
    }
  });
});

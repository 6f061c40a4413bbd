/**
 * npm run bench [-- --sizes 10,100,1000]: builds synthetic corpora with the real pipeline and a bare
 * Astro build of the same corpus, and reports time, memory, share-card time, warm rebuilds and page
 * weight. Prints a table and writes JSON to bench/results/ for comparing commits.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { writeCorpus, writePlainCorpus } from './corpus.ts';
import { checkContentDir } from '../src/lib/content/check.ts';
import { articleCardContent, factCardContent } from '../src/components/share/card-content.ts';
import type { PublishedFact } from '../src/lib/content/schema.ts';
import { renderCard, type CardContent } from '../src/lib/share-cards/render.ts';
import { pageWeight, type PageWeight } from '../tests/support/bundle.ts';

const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const sizesAt = process.argv.indexOf('--sizes');
const argSizes = sizesAt > 0 ? process.argv[sizesAt + 1] : undefined;
const SIZES = (argSizes ?? '10,100').split(',').map(Number);
const KB = 1000;
const BUDGETS = { css: 10 * KB, articleHtml: 36 * KB, beforeCharts: 45 * KB, withCharts: 100 * KB };

/** The bare baseline's config: MDX, and Pagefind run over the built pages as our search index is. */
const BARE_CONFIG = `import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';

const search = {
  name: 'search',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await pagefind.createIndex();
      await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await pagefind.close();
    },
  },
};
export default defineConfig({ cacheDir: './.cache', integrations: [mdx(), search] });
`;

interface Run {
  seconds: number;
  peakMiB: number;
}

/** Runs `astro build` in a child process, measuring wall time and peak resident memory. */
function build(cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    const poll = setInterval(async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, rss);
    }, 50);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`build failed in ${cwd}:\n${stderr}`));
      else resolve({ seconds: (performance.now() - start) / 1000, peakMiB: Math.round(peak / 1024) });
    });
  });
}

async function weights(distDir: string, slug: string, factId: string): Promise<Record<string, PageWeight>> {
  const out: Record<string, PageWeight> = {};
  for (const [name, p] of [
    ['home', '/'],
    ['article', `/articles/${slug}/`],
    ['fact page', `/facts/${factId}/`],
  ] as const) {
    const file = path.join(distDir, p, 'index.html');
    out[name] = await pageWeight(distDir, p, load(await readFile(file, 'utf8')));
  }
  return out;
}

/**
 * What one card costs to draw, in milliseconds: every card of the first sheets (both languages,
 * headline and statement cards alike) drawn one after another in this process, after one warm-up.
 */
async function cardCost(content: string): Promise<{ cards: number; msPerCard: number }> {
  const { content: checked } = await checkContentDir(content, content);
  const sources = new Map(checked.sources.map((s) => [s.id, s.data]));
  const cards: CardContent[] = [];
  for (const lang of ['en', 'es'] as const) {
    for (const fact of checked.facts.slice(0, 50)) {
      const data = fact.data as PublishedFact;
      cards.push(
        factCardContent(data, sources.get(data.sources[0]!.id)!, `https://example.org/facts/${fact.id}/`, lang),
      );
    }
    for (const article of checked.articles.slice(0, 5)) {
      cards.push(articleCardContent(article.data, `https://example.org/articles/${article.id}/`, lang));
    }
  }
  await renderCard(cards[0]!);
  const start = performance.now();
  for (const card of cards) await renderCard(card);
  return { cards: cards.length, msPerCard: (performance.now() - start) / cards.length };
}

/** Share cards the build wrote (every fact and sheet, in both languages). */
async function countCards(distDir: string): Promise<number> {
  return (await readdir(distDir, { recursive: true })).filter((f) => /(^|\/)cards\//.test(f) && f.endsWith('.png'))
    .length;
}

async function bench(sheets: number) {
  // Inside the project: a build empties only an output folder there (keep-built-pages.ts).
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  const work = await mkdtemp(path.join(ROOT, '.tmp', `fs-bench-${sheets}-`));
  const content = path.join(work, 'content');
  const facts = await writeCorpus(content, sheets, path.join(ROOT, 'content'));
  const env = {
    FS_CONTENT_DIR: content,
    FS_OUT_DIR: path.join(work, 'dist'),
    FS_ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
    FS_CACHE_DIR: path.join(work, 'cache'),
  };

  // Cold: no content cache, no earlier pages, no share cards. Then the same build with every card
  // cached and nothing else: the difference is what drawing cards costs.
  const cold = await build(ROOT, env);
  await rm(env.FS_ASTRO_CACHE_DIR, { recursive: true, force: true });
  const cardsCached = await build(ROOT, env);
  // Warm rebuild after changing one fact, caches and dist/ kept: the incremental build reuses every
  // page whose sheet did not change.
  const editFact = async (file: string) =>
    writeFile(file, (await readFile(file, 'utf8')).replace('counted', 'recorded'));
  await editFact(path.join(content, 'facts', 'sheet-0', 'sheet-0-fact-1.yaml'));
  const warm = await build(ROOT, env);
  // A deploy on a host that keeps Astro's cache folder (cards included) but starts from a fresh
  // clone, so from an empty dist/: unchanged pages are copied from the cache.
  await editFact(path.join(content, 'facts', 'sheet-1', 'sheet-1-fact-1.yaml'));
  await rm(env.FS_OUT_DIR, { recursive: true, force: true });
  const deploy = await build(ROOT, env);

  // Bare Astro: the same sheets as plain MDX pages in both languages, and a Pagefind index of them,
  // as our build writes one; no facts, charts, cards, feeds or sitemap.
  const bare = path.join(work, 'bare');
  await writePlainCorpus(path.join(bare, 'src', 'pages', 'articles'), sheets);
  await writePlainCorpus(path.join(bare, 'src', 'pages', 'es', 'articles'), sheets);
  await writeFile(path.join(bare, 'astro.config.mjs'), BARE_CONFIG);
  await writeFile(path.join(bare, 'package.json'), '{ "type": "module" }\n');
  await symlink(path.join(ROOT, 'node_modules'), path.join(bare, 'node_modules'));
  const bareCold = await build(bare, {});
  const bareWarm = await build(bare, {});

  // Every page in both languages: count what the build wrote.
  const pages = (await readdir(env.FS_OUT_DIR, { recursive: true })).filter((f) => f.endsWith('.html')).length;
  const cards = await countCards(env.FS_OUT_DIR);
  const drawing = await cardCost(content);
  const result = {
    sheets,
    facts,
    pages,
    coldSeconds: cold.seconds,
    perPageMs: (cold.seconds * 1000) / pages,
    peakMiB: cold.peakMiB,
    cardsCachedSeconds: cardsCached.seconds,
    shareCardSeconds: Math.max(0, cold.seconds - cardsCached.seconds),
    cards,
    /** Wall time the cold build spent on cards, per card (both cores at work). */
    buildMsPerCard: (Math.max(0, cold.seconds - cardsCached.seconds) * 1000) / cards,
    /** One card drawn after another in one process: the work a card costs. */
    msPerCard: drawing.msPerCard,
    warmRebuildSeconds: warm.seconds,
    deployCachedSeconds: deploy.seconds,
    bareColdSeconds: bareCold.seconds,
    bareWarmSeconds: bareWarm.seconds,
    coldRatioToBare: cold.seconds / bareCold.seconds,
    warmRatioToBare: warm.seconds / bareWarm.seconds,
    weight: await weights(env.FS_OUT_DIR, 'sheet-0', 'sheet-0-fact-0'),
  };
  await rm(work, { recursive: true, force: true });
  return result;
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const results = [];
for (const n of SIZES) {
  process.stdout.write(`building ${n} sheets…\n`);
  results.push(await bench(n));
}

console.log('\nBuild (cold = empty caches; warm = one fact changed; deploy = one more, from an empty dist/)');
console.log(
  '| sheets | facts | pages | cold | per page | peak memory | share cards | per card (drawn alone) | per card (in the build) | cold, cards cached | warm rebuild | deploy, cache kept | bare cold | cold ÷ bare | warm ÷ bare warm |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.sheets} | ${r.facts} | ${r.pages} | ${r.coldSeconds.toFixed(1)} s | ${r.perPageMs.toFixed(0)} ms | ${r.peakMiB} MiB | ${r.shareCardSeconds.toFixed(1)} s | ${r.msPerCard.toFixed(1)} ms | ${r.buildMsPerCard.toFixed(1)} ms | ${r.cardsCachedSeconds.toFixed(1)} s | ${r.warmRebuildSeconds.toFixed(1)} s | ${r.deployCachedSeconds.toFixed(1)} s | ${r.bareColdSeconds.toFixed(1)} s | ${r.coldRatioToBare.toFixed(2)} | ${r.warmRatioToBare.toFixed(2)} |`,
  );
}
if (results.length > 1) {
  const [a, b] = [results.at(-2)!, results.at(-1)!];
  console.log(
    `\nTime per page, ${b.sheets} vs ${a.sheets} sheets: ${(b.perPageMs / a.perPageMs).toFixed(2)}× (1.00 = linear)`,
  );
}
const last = results.at(-1)!;
console.log('\nPage weight (gzip), against the budgets');
console.log('| page | HTML | CSS | JS before charts | JS with charts | images | before charts | with charts |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, w] of Object.entries(last.weight)) {
  console.log(
    `| ${name} | ${kb(w.html)}${name === 'article' ? ` / ${kb(BUDGETS.articleHtml)}` : ''} | ${kb(w.css)} / ${kb(BUDGETS.css)} | ${kb(w.jsInitial)} | ${kb(w.jsWithCharts)} | ${kb(w.images)} | ${kb(w.beforeCharts)} / ${kb(BUDGETS.beforeCharts)} | ${kb(w.withCharts)} / ${kb(BUDGETS.withCharts)} |`,
  );
}

const record = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  budgets: BUDGETS,
  results,
};
await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
const json = JSON.stringify(record, null, 2);
await writeFile(path.join(ROOT, 'bench/results', `${record.date.slice(0, 19).replace(/:/g, '-')}.json`), json);
await writeFile(path.join(ROOT, 'bench/results/latest.json'), json);
console.log('\nWritten to bench/results/latest.json');

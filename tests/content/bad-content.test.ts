/**
 * Bad content must stop the real build with a message that names the file and the field,
 * and must leave nothing published. Each case copies a small valid content folder,
 * breaks one thing, and runs `astro build` on it.
 */
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build.ts';

const VALID = path.resolve('tests/fixtures/content-valid');
const FACT = 'facts/sample-sheet/sample-count.yaml';
const ARTICLE = 'articles/sample-sheet.mdx';
const DATASET = 'datasets/sample-series.yaml';
const SOURCE = 'sources/sample-primary.yaml';

type Edit = (dir: string) => Promise<void>;
const edit =
  (file: string, change: (text: string) => string): Edit =>
  async (dir) => {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = change(before);
    // An edit that changes nothing would test the valid fixture, which builds.
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    await writeFile(target, after);
  };
const write =
  (file: string, text: string): Edit =>
  async (dir) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };
const both =
  (...edits: Edit[]): Edit =>
  async (dir) => {
    for (const e of edits) await e(dir);
  };

const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map((d) => rm(d, { recursive: true, force: true })));
});

async function buildWith(change: Edit) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'fs-bad-'));
  temp.push(root);
  const content = path.join(root, 'content');
  const out = path.join(root, 'dist');
  await cp(VALID, content, { recursive: true });
  await change(content);
  const result = await astroBuild(out, content);
  const published = await stat(path.join(out, 'index.html')).then(
    () => true,
    () => false,
  );
  return { ...result, published, out };
}

describe('the valid fixture', () => {
  let built: Awaited<ReturnType<typeof buildWith>>;
  it('builds, so every failure below is caused by its one change', async () => {
    built = await buildWith(async () => {});
    expect(built.output).toContain('content ok');
    expect(built.code).toBe(0);
  });

  // Astro 7's Markdown processor has GitHub-flavoured Markdown built in (README, "Markdown").
  it('renders GitHub-flavoured Markdown in MDX: a table, a footnote and strikethrough', async () => {
    const $ = load(await readFile(path.join(built.out, 'articles', 'sample-sheet', 'index.html'), 'utf8'));
    const prose = $('.prose');
    expect(prose.find('table thead th').length).toBeGreaterThan(0);
    expect(prose.find('a[data-footnote-ref]').length).toBeGreaterThan(0);
    expect(prose.find('section.footnotes li').length).toBeGreaterThan(0);
    expect(prose.find('del').length).toBeGreaterThan(0);
  });
});

describe.each<[string, Edit, string, RegExp]>([
  ['a YAML syntax error', edit(FACT, (t) => t.replace('unit: people', 'unit: [people')), FACT, /is not valid YAML \(line \d+\)/],
  ['a missing required field', edit(FACT, (t) => t.replace(/^statement:.*$/m, '')), FACT, /statement: is required but missing/],
  ['a value of the wrong type', edit(FACT, (t) => t.replace('value: 1234', 'value: lots')), FACT, /value: must be a finite number \(got "lots"\)/],
  ['a NaN in a dataset', edit(DATASET, (t) => t.replace('value: 1234', 'value: .nan')), DATASET, /series\[0\]\.points\[0\]\.value: must be a finite number/],
  ['a misspelt field', edit(FACT, (t) => t.replace('caveat', 'caveat').replace('sources:', 'sorces:')), FACT, /unknown field "sorces"/],
  ['an unknown source id', edit(FACT, (t) => t.replace('id: sample-primary', 'id: no-such-source')), FACT, /sources\[0\]: names source "no-such-source", which does not exist/],
  ['an unknown dataset id', edit(FACT, (t) => t.replace('dataset: sample-series', 'dataset: no-such-data')), FACT, /dataset: names dataset "no-such-data"/],
  ['an unknown fact id in an article', edit(ARTICLE, (t) => t.replace('<FactCard id="sample-share" />', '<FactCard id="no-such-fact" />')), ARTICLE, /line \d+: <FactCard> names fact "no-such-fact", which does not exist/],
  ['an empty data file', write('facts/sample-sheet/empty-file.yaml', ''), 'facts/sample-sheet/empty-file.yaml', /is empty/],
  ['an unverified claim placed as a fact', edit(ARTICLE, (t) => t.replace('<FactCard id="sample-share" />', '<FactCard id="sample-share" />\n\n<FactCard id="sample-rumour" />')), ARTICLE, /line \d+: <FactCard> places fact "sample-rumour", which is unverified/],
  ['a fact whose unit differs from its dataset', edit(FACT, (t) => t.replace('unit: people', 'unit: victims')), FACT, /unit: is "victims" but dataset "sample-series" is in "people"/],
  ['a series in another unit', edit(DATASET, (t) => t.replace('- name: Survey', '- name: Survey\n    unit: percent')), DATASET, /series\[0\]\.unit: is "percent" but the dataset's unit is "people"/],
  ['an http address', edit(SOURCE, (t) => t.replace('https://', 'http://')), SOURCE, /url: must be an absolute https:\/\/ address \(got "http:\/\/example\.org\/report"\)/],
  ['a relative address', edit(SOURCE, (t) => t.replace('https://example.org/report', '/report')), SOURCE, /url: must be an absolute https:\/\/ address/],
  ['an empty article', edit(ARTICLE, (t) => t.slice(0, t.indexOf('---', 4) + 4)), ARTICLE, /has no content below the frontmatter/],
  ['a number typed into prose', edit(ARTICLE, (t) => t.replace('in the survey.', 'in the survey of 2019.')), ARTICLE, /line \d+: has a number typed into prose/],
  ['a file name that is not an id', write('facts/sample-sheet/Bad_Name.yaml', 'status: verified'), 'facts/sample-sheet/Bad_Name.yaml', /file name "Bad_Name" must be a kebab-case id/],
  ['a slug that differs from the file name', edit(ARTICLE, (t) => t.replace('slug: sample-sheet', 'slug: other-sheet')), ARTICLE, /slug: must equal the file name "sample-sheet"/],
  ['a fact that no article places', edit(ARTICLE, (t) => t.replace('<FactCard id="sample-share" />', '')), ARTICLE, /does not place fact "sample-share"/],
  ['a figure missing from its statement', edit(FACT, (t) => t.replace('counted {value} people', 'counted many people')), FACT, /statement: must contain \{value\}/],
  ['a fact in a folder with no article', write('facts/ghost-sheet/lost.yaml', 'status: unverified\nclaim: A.\nwhy: B.\nyear: 2019\n'), 'facts/ghost-sheet/lost.yaml', /there is no article content\/articles\/ghost-sheet\.mdx/],
  ['a registered fact removed without a redirect', both(
      async (dir) => rm(path.join(dir, 'facts/sample-sheet/sample-share.yaml')),
      edit(ARTICLE, (t) => t.replace('<FactCard id="sample-share" />', '')),
    ),
    'permalinks.yaml', /fact "sample-share" was published and people may have shared its link, but it no longer exists; add a redirect/],
  ['a new fact left out of the registry', edit('permalinks.yaml', (t) => t.replace('  - sample-share\n', '')), 'permalinks.yaml', /facts: fact "sample-share" is published but not registered/],
  [
    'a fact without its Spanish statement',
    edit(FACT, (t) => t.replace(/\n  statement: La encuesta.*/, '')),
    FACT,
    /es\.statement: is missing: the Spanish text is required/,
  ],
  [
    'a sheet without its Spanish version',
    async (dir) => rm(path.join(dir, 'es', ARTICLE)),
    ARTICLE,
    /has no Spanish version: add content\/es\/articles\/sample-sheet\.mdx/,
  ],
  [
    'a Spanish sheet that places other facts than the English',
    edit(`es/${ARTICLE}`, (t) => t.replace('<FactCard id="sample-share" />', '')),
    `es/${ARTICLE}`,
    /must place the same facts and charts, in the same order, as the English sheet/,
  ],
])('%s', (_name, change, file, message) => {
  it('fails the build naming the file and the field, and publishes nothing', async () => {
    const { code, output, published } = await buildWith(change);
    expect(code).not.toBe(0);
    expect(output).toContain('Content check failed');
    expect(output).toContain(`content/${file}`);
    expect(output).toMatch(message);
    expect(published).toBe(false);
  });
});

describe('a duplicated fact id across articles', () => {
  it('fails the build naming both files', async () => {
    const { code, output } = await buildWith(
      both(
        write('articles/second-sheet.mdx', (await readFile(path.join(VALID, ARTICLE), 'utf8')).replace('slug: sample-sheet', 'slug: second-sheet').replace(/<FactCard[^>]*>|<Value[^>]*>/g, '')),
        async (dir) => cp(path.join(dir, FACT), path.join(dir, 'facts/second-sheet/sample-count.yaml'), { recursive: true }),
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/facts\/(second|sample)-sheet\/sample-count\.yaml\n\s+- fact id "sample-count" is already used by \S*content\/facts\/(sample|second)-sheet\/sample-count\.yaml/);
  });
});

describe('a renamed fact with a redirect', () => {
  it('builds a redirect page for the old address and keeps the old anchor on the article', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'fs-moved-'));
    temp.push(root);
    const content = path.join(root, 'content');
    const out = path.join(root, 'dist');
    await cp(VALID, content, { recursive: true });
    await both(
      async (dir) => rename(path.join(dir, 'facts/sample-sheet/sample-share.yaml'), path.join(dir, 'facts/sample-sheet/sample-share-renamed.yaml')),
      edit(ARTICLE, (t) => t.replace('<FactCard id="sample-share" />', '<FactCard id="sample-share-renamed" />')),
      edit(`es/${ARTICLE}`, (t) => t.replace('<FactCard id="sample-share" />', '<FactCard id="sample-share-renamed" />')),
      edit('permalinks.yaml', (t) => t.replace('redirects: []', '  - sample-share-renamed\nredirects:\n  - from: fact/sample-share\n    to: fact/sample-share-renamed').replace('facts:\n', 'facts:\n')),
    )(content);
    const { code, output } = await astroBuild(out, content);
    expect(code, output).toBe(0);
    const moved = await readFile(path.join(out, 'facts/sample-share/index.html'), 'utf8');
    expect(moved).toMatch(/<meta http-equiv="refresh" content="0; url=\/facts\/sample-share-renamed\/">/);
    const article = await readFile(path.join(out, 'articles/sample-sheet/index.html'), 'utf8');
    expect(article).toMatch(/id="sample-share"/);
    expect(article).toMatch(/id="sample-share-renamed"/);
  });
});

describe('HTML or script in a statement', () => {
  it('is valid text, so it builds, and it is rendered inert (escaped) on every page', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'fs-inject-'));
    temp.push(root);
    const content = path.join(root, 'content');
    const out = path.join(root, 'dist');
    await cp(VALID, content, { recursive: true });
    await edit(FACT, (t) =>
      t
        .replace('counted {value} people.', 'counted {value} people <script>alert("x")</script> <img src=x onerror=alert(1)>.')
        .replace('status: verified', 'status: verified\ncaveat: "</p><script>alert(2)</script>"')
        .replace('\nes:\n', '\nes:\n  caveat: "</p><script>alert(3)</script>"\n'),
    )(content);
    const { code, output } = await astroBuild(out, content);
    expect(code, output).toBe(0);
    for (const file of ['articles/sample-sheet/index.html', 'facts/sample-count/index.html']) {
      const $ = load(await readFile(path.join(out, file), 'utf8'));
      // No element was injected: no script carries the statement's code, no handler attribute exists.
      const scripts = $('script').map((_, el) => $(el).html() ?? '').get();
      expect(scripts.filter((code) => code.includes('alert(')).length).toBe(0);
      expect($('[onerror], img[src="x"]').length).toBe(0);
      // The text itself is shown as typed.
      expect($('body').text()).toContain('<script>alert("x")</script>');
    }
  });
});

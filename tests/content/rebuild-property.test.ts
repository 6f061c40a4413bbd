/**
 * Rebuilds proven, not trusted: an incremental build keeps pages whose cache key did not change,
 * which is only safe if the keys cover everything a page shows. This applies sequences of an
 * editor's changes to a copy of the fixture (move a card to another sheet, chain newer figures,
 * edit, rename with a redirect, delete, change a source or a dataset), rebuilds into the same folder
 * after each, and compares every file with a clean build of the same content. The first two steps
 * are fixed (a move of a card that a third, untouched sheet quotes; a chain of three); the rest are drawn at random from a seed the failure names
 * (FS_PROPERTY_SEED=… repeats a run).
 */
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check.ts';
import { astroBuild, buildFolder } from '../support/build.ts';
import { filesIn, FIXTURE_CONTENT } from '../support/site.ts';
import { chainOfThree } from '../support/fixture-edits.ts';

const SEED = Number(process.env['FS_PROPERTY_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const RANDOM_STEPS = 3;

/** A small seeded generator (mulberry32), so a failing sequence can be replayed. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
}
type Pick = ReturnType<typeof generator>;

/** The content folder as an editor sees it: each fact's file, sheet, record, and where it is placed. */
async function survey(dir: string) {
  const facts = new Map<string, { file: string; sheet: string; data: Record<string, unknown> }>();
  for (const sheet of await readdir(path.join(dir, 'facts'))) {
    for (const name of await readdir(path.join(dir, 'facts', sheet))) {
      const file = path.join(dir, 'facts', sheet, name);
      facts.set(name.replace(/\.yaml$/, ''), { file, sheet, data: parse(await readFile(file, 'utf8')) });
    }
  }
  const sheets = (await readdir(path.join(dir, 'articles'))).map((f) => f.replace(/\.mdx$/, ''));
  const mdx = async (sheet: string) => [
    await readFile(path.join(dir, 'articles', `${sheet}.mdx`), 'utf8'),
    await readFile(path.join(dir, 'es/articles', `${sheet}.mdx`), 'utf8'),
  ];
  const texts = new Map(await Promise.all(sheets.map(async (s) => [s, (await mdx(s)).join('\n')] as const)));
  const newerOf = (id: string) => (facts.get(id)?.data['newer'] as string[] | undefined) ?? [];
  const isNewer = (id: string) => [...facts.keys()].some((other) => newerOf(other).includes(id));
  const placed = [...facts].filter(([id, f]) => texts.get(f.sheet)?.includes(`<FactCard id="${id}" />`));
  const quoted = (id: string) => [...texts.values()].some((t) => t.includes(`<Value id="${id}" />`));
  /** A card and its newer figures, to any depth. */
  const chain = (id: string): string[] => [id, ...newerOf(id).flatMap(chain)];
  return { facts, sheets, placed, quoted, chain, isNewer, newerOf };
}
type Survey = Awaited<ReturnType<typeof survey>>;

const sheetFiles = (dir: string, sheet: string) => [
  path.join(dir, 'articles', `${sheet}.mdx`),
  path.join(dir, 'es/articles', `${sheet}.mdx`),
];
async function replaceIn(file: string, from: string | RegExp, to: string) {
  const before = await readFile(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: "${from}" not found`);
  await writeFile(file, after);
}
const removeCard = (dir: string, sheet: string, id: string) =>
  Promise.all(sheetFiles(dir, sheet).map((f) => replaceIn(f, `<FactCard id="${id}" />`, '')));
const appendCard = (dir: string, sheet: string, id: string) =>
  Promise.all(
    sheetFiles(dir, sheet).map(async (f) => writeFile(f, `${await readFile(f, 'utf8')}\n<FactCard id="${id}" />\n`)),
  );
/** Every content file that may name a fact id: sheets, facts and the permalink registry. */
async function filesNaming(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true }))
    .filter((f) => /\.(mdx|yaml)$/.test(f) && !f.startsWith('sources') && !f.startsWith('datasets'))
    .map((f) => path.join(dir, f));
}
/** Adds a redirect of a fact's published link, and points older redirects to it at the new target. */
async function redirect(dir: string, from: string, to: string) {
  const file = path.join(dir, 'permalinks.yaml');
  let text = (await readFile(file, 'utf8')).replaceAll(`to: fact/${from}\n`, `to: fact/${to}\n`);
  text = text.replace(/redirects:(?: \[\])?\n/, `redirects:\n  - from: fact/${from}\n    to: fact/${to}\n`);
  await writeFile(file, text);
}

/** An editor's change: what it did, or null when the content offers nothing it applies to. */
type Change = (dir: string, pick: Pick, s: Survey) => Promise<string | null>;

const CHANGES: Record<string, Change> = {
  async 'edit a fact'(_dir, pick, s) {
    const [id, fact] = pick([...s.facts]);
    await replaceIn(fact.file, /^(statement|claim): /m, '$1: As edited, ');
    return `edit ${id}`;
  },
  async 'change a source'(dir, pick) {
    const name = pick(await readdir(path.join(dir, 'sources')));
    await replaceIn(path.join(dir, 'sources', name), /^title: /m, 'title: Revised ');
    return `change source ${name}`;
  },
  async 'change a dataset'(dir, pick) {
    const name = pick(await readdir(path.join(dir, 'datasets')));
    await replaceIn(path.join(dir, 'datasets', name), /^takeaway: /m, 'takeaway: As revised, ');
    return `change dataset ${name}`;
  },
  async 'move a card to another sheet'(dir, pick, s) {
    if (s.placed.length === 0) return null;
    const [id, fact] = pick(s.placed);
    const to = pick(s.sheets.filter((sheet) => sheet !== fact.sheet));
    await mkdir(path.join(dir, 'facts', to), { recursive: true });
    for (const member of s.chain(id)) {
      await rename(s.facts.get(member)!.file, path.join(dir, 'facts', to, `${member}.yaml`));
    }
    await removeCard(dir, fact.sheet, id);
    await appendCard(dir, to, id);
    return `move ${id} to ${to}`;
  },
  async 'rename a fact, with a redirect'(dir, pick, s) {
    const [id, fact] = pick([...s.facts].filter(([, f]) => f.data['status'] !== 'unverified'));
    const renamed = `${id}-renamed`;
    const name = new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g');
    for (const file of await filesNaming(dir)) {
      const text = await readFile(file, 'utf8');
      const after = text.replace(name, renamed);
      if (after !== text) await writeFile(file, after);
    }
    await rename(fact.file, path.join(path.dirname(fact.file), `${renamed}.yaml`));
    // The registry keeps the old id (once published, always answered) and sends it to the new one.
    await replaceIn(path.join(dir, 'permalinks.yaml'), `  - ${renamed}\n`, `  - ${renamed}\n  - ${id}\n`);
    await redirect(dir, id, renamed);
    return `rename ${id} to ${renamed}`;
  },
  async 'delete a card, with a redirect'(dir, pick, s) {
    const alone = s.placed.filter(([id]) => s.chain(id).length === 1 && !s.quoted(id));
    const others = s.placed;
    if (alone.length === 0 || others.length < 2) return null;
    const [id, fact] = pick(alone);
    const [to] = pick(others.filter(([other]) => other !== id));
    await rm(fact.file);
    await removeCard(dir, fact.sheet, id);
    await redirect(dir, id, to);
    return `delete ${id} (redirected to ${to})`;
  },
  async 'chain a newer figure'(dir, pick, s) {
    const loose = s.placed.filter(([id, f]) => s.chain(id).length === 1 && !s.quoted(id) && !f.data['updates']);
    const pairs = loose.flatMap(([a, fa]) =>
      s.placed.filter(([b, fb]) => b !== a && fb.sheet === fa.sheet && s.chain(b).length === 1).map(([b]) => [a, b, fa] as const),
    );
    if (pairs.length === 0) return null;
    const [older, newer, fact] = pick(pairs);
    await writeFile(fact.file, `${await readFile(fact.file, 'utf8')}newer: [${newer}]\n`);
    await removeCard(dir, fact.sheet, newer);
    return `chain ${newer} as newer than ${older}`;
  },
};

/** The first fixed step: the fixture's counted card (and its newer figure), quoted by the other sheet, moves there. */
const moveQuotedCard: Change = async (dir, _pick, s) => {
  for (const member of s.chain('sample-count')) {
    await rename(s.facts.get(member)!.file, path.join(dir, 'facts/second-sheet', `${member}.yaml`));
  }
  await removeCard(dir, 'sample-sheet', 'sample-count');
  await appendCard(dir, 'second-sheet', 'sample-count');
  return 'move sample-count (quoted by both sheets) to second-sheet';
};

/** The second fixed step: a third figure joins the chain sample-count → sample-count-later → sample-count-latest. */
const chainToThree: Change = async (dir, _pick, s) => {
  await chainOfThree(s.facts.get('sample-count-later')!.sheet)(dir);
  return 'chain sample-count → sample-count-later → sample-count-latest';
};

/**
 * A third sheet that only quotes the fixture's counted card: when that card moves, nothing of this
 * sheet changes but the place its link leads to.
 */
async function addQuotingSheet(dir: string) {
  const frontmatter = (lang: 'en' | 'es') =>
    lang === 'en'
      ? 'title: A third sample sheet\nsummary: A sheet that quotes a figure from another.\nslug: third-sheet\norder: 3\npublished: 2026-11-20\nreviewed: 2026-11-28\ntopics: [testing]\noriginal: { title: Third original, author: C. Writer, publication: Sample journal }'
      : 'title: Una tercera ficha de muestra\nsummary: Una ficha que cita una cifra de otra.\ntopics: [pruebas]';
  await writeFile(path.join(dir, 'articles/third-sheet.mdx'), `---\n${frontmatter('en')}\n---\n\nThe first sheet counted <Value id="sample-count" /> people.\n`);
  await writeFile(path.join(dir, 'es/articles/third-sheet.mdx'), `---\n${frontmatter('es')}\n---\n\nLa primera ficha contó <Value id="sample-count" /> personas.\n`);
  await replaceIn(path.join(dir, 'permalinks.yaml'), '  - second-sheet\n', '  - second-sheet\n  - third-sheet\n');
  const { problems } = await checkContentDir(dir, dir);
  if (problems.length > 0) throw new Error(`the third sheet is not valid content: ${JSON.stringify(problems)}`);
}

let root = '';
/** Pages of the incremental build right after the move, and those that still link to the card's old place. */
const afterMove = { pages: 0, stale: [] as string[] };
const OLD_PLACE = '/articles/sample-sheet/#sample-count"';
const steps: { did: string; code: number | null; output: string; differing: string[]; files: number; dist: string }[] = [];

/** Applies one change that leaves the content valid (by the real content check), trying others when one does not. */
async function applyValid(dir: string, pick: Pick, change?: Change): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const snapshot = `${dir}-before`;
    await rm(snapshot, { recursive: true, force: true });
    await cp(dir, snapshot, { recursive: true });
    const name = pick(Object.keys(CHANGES));
    const did = await (change ?? CHANGES[name]!)(dir, pick, await survey(dir));
    const { problems } = did ? await checkContentDir(dir, dir) : { problems: [] };
    if (did && problems.length === 0) return did;
    if (change) throw new Error(`the fixed step "${did}" left invalid content: ${JSON.stringify(problems)}`);
    await rm(dir, { recursive: true });
    await rename(snapshot, dir);
  }
  throw new Error('no change applied in 20 attempts');
}

async function differingFiles(dist: string, clean: string): Promise<{ differing: string[]; files: number }> {
  const [built, expected] = await Promise.all([filesIn(dist), filesIn(clean)]);
  const differing = [
    ...built.filter((f) => !expected.includes(f)).map((f) => `${f} (not in the clean build)`),
    ...expected.filter((f) => !built.includes(f)).map((f) => `${f} (missing)`),
  ];
  for (const name of expected.filter((f) => built.includes(f))) {
    const [a, b] = await Promise.all([readFile(path.join(dist, name)), readFile(path.join(clean, name))]);
    if (!a.equals(b)) differing.push(name);
  }
  return { differing, files: expected.length };
}

beforeAll(async () => {
  root = await buildFolder('fs-rebuild-property-');
  const content = path.join(root, 'content');
  await cp(FIXTURE_CONTENT, content, { recursive: true });
  await addQuotingSheet(content);
  const dist = path.join(root, 'dist');
  const first = await astroBuild(dist, content);
  if (first.code !== 0) throw new Error(first.output);
  const pick = generator(SEED);
  const plan: (Change | undefined)[] = [moveQuotedCard, chainToThree, ...Array.from({ length: RANDOM_STEPS }, () => undefined)];
  for (const [i, change] of plan.entries()) {
    const did = await applyValid(content, pick, change);
    const warm = await astroBuild(dist, content);
    if (i === 0) {
      const pages = (await filesIn(dist)).filter((f) => f.endsWith('.html'));
      afterMove.pages = pages.length;
      for (const page of pages) if ((await readFile(path.join(dist, page), 'utf8')).includes(OLD_PLACE)) afterMove.stale.push(page);
    }
    const clean = path.join(root, `clean-${i}`);
    const fresh = await astroBuild(clean, content);
    if (fresh.code !== 0) throw new Error(`clean build after "${did}" failed:\n${fresh.output}`);
    steps.push({ did, code: warm.code, output: warm.output, ...(await differingFiles(dist, clean)), dist: clean });
  }
  // The sequence, so a run that passed can be read and a failing one repeated.
  console.info(`rebuild property, FS_PROPERTY_SEED=${SEED}: ${steps.map((s) => s.did).join(' → ')}`);
}, 600_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe(`incremental rebuilds after an editor's changes (seed ${SEED})`, () => {
  it('succeed, and each publishes byte for byte what a clean build of the same content publishes', () => {
    expect(steps).toHaveLength(2 + RANDOM_STEPS);
    const sequence = steps.map((s) => s.did).join(' → ');
    for (const step of steps) {
      expect(step.code, `${sequence}\n${step.output}`).toBe(0);
      expect(step.files, step.did).toBeGreaterThan(40);
      expect(step.differing, `after "${step.did}" (FS_PROPERTY_SEED=${SEED}; ${sequence})`).toEqual([]);
    }
  });

  it('leave no link to a moved card’s old place on any page, kept or rendered again', () => {
    expect(afterMove.pages).toBeGreaterThan(20);
    expect(afterMove.stale).toEqual([]);
  });

  it('show every figure of a newer chain of three on its card', async () => {
    const sheet = await readFile(path.join(steps[1]!.dist, 'articles/second-sheet/index.html'), 'utf8');
    // The card runs from its own <article> to the next card's.
    const start = sheet.search(/<article class="fact[^"]*" id="sample-count"/);
    expect(start).toBeGreaterThan(0);
    const end = sheet.indexOf('<article class="fact', start + 1);
    const card = sheet.slice(start, end < 0 ? undefined : end);
    for (const id of ['sample-count', 'sample-count-later', 'sample-count-latest']) expect(card).toContain(`id="${id}"`);
  });
});

/**
 * The content check: reads every file in `content/`, validates it against the schemas and
 * cross-checks ids, so a wrong or unsourced number fails the build with a message an editor
 * can act on (file, field, what is wrong). Runs before Astro builds anything.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { componentUses, digitsInProse, mdxProblems, splitFrontmatter, DATASET_COMPONENTS } from './mdx-scan.ts';
import { checkPermalinks, permalinkSchema, type PermalinkRegistry } from './permalinks.ts';
import { evidenceCheck } from './check-evidence.ts';
import { dialsDisplayedNumber, valueCheck } from './check-values.ts';
import {
  articleSchema,
  datasetSchema,
  factSchema,
  ID_PATTERN,
  sourceSchema,
  helpLinesSchema,
  type ArticleData,
  type Dataset,
  type Fact,
  type HelpLines,
  type SourceRef,
} from './schema.ts';

export interface Problem {
  /** Path of the file, relative to the project root (e.g. content/facts/x/y.yaml). */
  file: string;
  /** The field at fault, e.g. `sources[0].id`; absent when the whole file is at fault. */
  field?: string;
  message: string;
}

interface Loaded<T> {
  id: string;
  file: string;
  data: T;
}
export interface LoadedFact extends Loaded<Fact> {
  /** Slug of the article the fact belongs to (its folder). */
  article: string;
}
export interface LoadedArticle extends Loaded<ArticleData> {
  body: string;
  bodyLine: number;
}

export interface CheckedContent {
  permalinks: PermalinkRegistry;
  /** The help lines (content/help-lines.yaml); empty when the file is missing or wrong. */
  helpLines: HelpLines;
  /** The Spanish twins of the articles (content/es/articles/). */
  articlesEs: LoadedArticle[];
  sources: Loaded<z.output<typeof sourceSchema>>[];
  facts: LoadedFact[];
  datasets: Loaded<Dataset>[];
  articles: LoadedArticle[];
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.startsWith('_'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !path.relative(dir, f).split(path.sep).some((part) => part.startsWith('_')))
    .sort();
}

function fieldName(pathParts: readonly PropertyKey[]): string | undefined {
  if (pathParts.length === 0) return undefined;
  return pathParts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const message = missing
      ? `is required but missing (${issue.message})`
      : issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`
        : `${issue.message} (got ${shown(issue.input)})`;
    return field ? { file, field, message } : { file, message };
  });
}

/** Parses a YAML text; on a syntax error returns a problem with the line. */
function readYaml(file: string, text: string): { data?: unknown; problem?: Problem } {
  try {
    return { data: parseYaml(text, { prettyErrors: true }) };
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { problem: { file, message: `is not valid YAML${line ? ` (line ${line})` : ''}: ${reason}` } };
  }
}

/**
 * Reads and checks the whole content folder. Returns the content and every problem found.
 * `today` is the build day: no date of reading may be later.
 */
export async function checkContentDir(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
  { today = new Date() }: { today?: Date } = {},
): Promise<{ content: CheckedContent; problems: Problem[] }> {
  const problems: Problem[] = [];
  // Paths inside the project are shown relative to it; others (tests, benchmark) in full.
  const rel = (f: string) => {
    const r = path.relative(projectRoot, f);
    return (r.startsWith('..') ? f : r).split(path.sep).join('/');
  };
  const content: CheckedContent = {
    permalinks: { articles: [], facts: [], redirects: [] },
    helpLines: { checked: today, lines: [] },
    articlesEs: [],
    sources: [],
    facts: [],
    datasets: [],
    articles: [],
  };

  async function load<T>(kind: string, schema: z.ZodType<T>, ext: string, add: (l: Loaded<T>, abs: string) => void) {
    for (const abs of await listFiles(path.join(contentDir, kind), ext)) {
      const file = rel(abs);
      const id = path.basename(abs, ext);
      if (!ID_PATTERN.test(id)) {
        problems.push({ file, message: `file name "${id}" must be a kebab-case id (lower-case letters, digits, hyphens)` });
        continue;
      }
      const { data, problem } = readYaml(file, await readFile(abs, 'utf8'));
      if (problem) {
        problems.push(problem);
        continue;
      }
      if (data === null || data === undefined) {
        problems.push({ file, message: 'is empty' });
        continue;
      }
      const result = schema.safeParse(data, { reportInput: true });
      if (!result.success) problems.push(...zodProblems(file, result.error));
      else add({ id, file, data: result.data }, abs);
    }
  }

  await load('sources', sourceSchema, '.yaml', (l) => content.sources.push(l));
  await load('datasets', datasetSchema, '.yaml', (l) => content.datasets.push(l));
  await load('facts', factSchema, '.yaml', (l, abs) => {
    const folder = path.relative(path.join(contentDir, 'facts'), path.dirname(abs));
    content.facts.push({ ...l, article: folder });
  });

  for (const [folder, list] of [
    ['articles', content.articles],
    [path.join('es', 'articles'), content.articlesEs],
  ] as const) {
    for (const abs of await listFiles(path.join(contentDir, folder), '.mdx')) {
      const file = rel(abs);
      const slug = path.basename(abs, '.mdx');
      const { frontmatter, body, bodyLine } = splitFrontmatter(await readFile(abs, 'utf8'));
      if (frontmatter === null) {
        problems.push({ file, message: 'has no frontmatter (a block between --- lines at the top)' });
        continue;
      }
      const { data, problem } = readYaml(file, frontmatter);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const result = articleSchema.safeParse(data ?? {}, { reportInput: true });
      if (!result.success) {
        problems.push(...zodProblems(file, result.error));
        continue;
      }
      if (result.data.slug !== slug) {
        problems.push({ file, field: 'slug', message: `must equal the file name "${slug}" (got "${result.data.slug}")` });
      }
      list.push({ id: slug, file, data: result.data, body, bodyLine });
    }
  }

  problems.push(...crossCheck(content));
  problems.push(...translationCheck(content));
  problems.push(...evidenceCheck(content, today));
  problems.push(...valueCheck(content, today));

  const helpFile = path.join(contentDir, 'help-lines.yaml');
  const helpText = await readFile(helpFile, 'utf8').catch(() => undefined);
  if (helpText === undefined) {
    problems.push({ file: rel(helpFile), message: 'is missing; every sheet shows these help lines' });
  } else {
    const { data, problem } = readYaml(rel(helpFile), helpText);
    if (problem) problems.push(problem);
    else {
      const result = helpLinesSchema.safeParse(data ?? {}, { reportInput: true });
      if (!result.success) problems.push(...zodProblems(rel(helpFile), result.error));
      else {
        content.helpLines = result.data;
        if (result.data.checked > today) {
          problems.push({ file: rel(helpFile), field: 'checked', message: 'is after today: it must be the day someone really checked every number' });
        }
        result.data.lines.forEach((line, i) => {
          if (!dialsDisplayedNumber(line.phone, line.tel)) {
            problems.push({ file: rel(helpFile), field: `lines[${i}].tel`, message: `is ${line.tel}, which does not dial the number readers see (${line.phone})` });
          }
        });
      }
    }
  }

  const registryFile = path.join(contentDir, 'permalinks.yaml');
  const registryText = await readFile(registryFile, 'utf8').catch(() => undefined);
  const file = rel(registryFile);
  if (registryText === undefined) {
    problems.push({ file, message: 'is missing; it lists every published article slug and fact id' });
  } else {
    const { data, problem } = readYaml(file, registryText);
    const result = problem ? undefined : permalinkSchema.safeParse(data ?? {}, { reportInput: true });
    if (problem) problems.push(problem);
    else if (result && !result.success) problems.push(...zodProblems(file, result.error));
    else if (result?.success) {
      content.permalinks = result.data;
      const published = {
        articles: new Set(content.articles.map((a) => a.id)),
        facts: new Set(content.facts.filter((f) => f.data.status !== 'unverified').map((f) => f.id)),
      };
      problems.push(...checkPermalinks(result.data, published).map((p) => ({ file, ...p })));
    }
  }
  return { content, problems };
}

/** Checks that every id refers to something that exists and every figure is placed honestly. */
export function crossCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = new Set(content.sources.map((s) => s.id));
  const datasets = new Map(content.datasets.map((d) => [d.id, d]));
  const articles = new Map(content.articles.map((a) => [a.id, a]));
  const facts = new Map<string, LoadedFact>();

  const checkSources = (file: string, field: string, refs: SourceRef[] | undefined) =>
    refs?.forEach((ref, i) => {
      if (!sourceIds.has(ref.id)) {
        problems.push({ file, field: `${field}[${i}]`, message: `names source "${ref.id}", which does not exist in content/sources/` });
      }
    });

  for (const fact of content.facts) {
    const twin = facts.get(fact.id);
    if (twin) {
      problems.push({ file: fact.file, message: `fact id "${fact.id}" is already used by ${twin.file}; fact ids must be unique` });
      continue;
    }
    facts.set(fact.id, fact);
    if (!articles.has(fact.article)) {
      problems.push({ file: fact.file, message: `is in folder "${fact.article}", but there is no article content/articles/${fact.article}.mdx` });
    }
  }

  for (const fact of facts.values()) {
    const { file, data } = fact;
    checkSources(file, 'sources', data.sources);
    if (data.status === 'unverified') continue;
    const hasSlot = data.statement.includes('{value}');
    if (data.value !== undefined && !hasSlot) {
      problems.push({ file, field: 'statement', message: 'must contain {value} where the figure goes, because the fact has a value' });
    }
    if (data.value === undefined && hasSlot) {
      problems.push({ file, field: 'value', message: 'is required because the statement contains {value}' });
    }
    if (data.value !== undefined && !data.unit) {
      problems.push({ file, field: 'unit', message: 'is required when the fact has a value' });
    }
    if (data.dataset) {
      const dataset = datasets.get(data.dataset);
      if (!dataset) {
        problems.push({ file, field: 'dataset', message: `names dataset "${data.dataset}", which does not exist in content/datasets/` });
      } else if (data.unit && data.unit !== dataset.data.unit) {
        problems.push({ file, field: 'unit', message: `is "${data.unit}" but dataset "${dataset.id}" is in "${dataset.data.unit}"` });
      }
    }
    data.newer?.forEach((newerId, i) => {
      const newer = facts.get(newerId);
      const field = `newer[${i}]`;
      if (!newer) problems.push({ file, field, message: `names fact "${newerId}", which does not exist` });
      else if (newer.data.status === 'unverified') problems.push({ file, field, message: `names fact "${newerId}", which is unverified and cannot be shown as a figure` });
      else if (newer.article !== fact.article) problems.push({ file, field, message: `names fact "${newerId}" from another article ("${newer.article}")` });
    });
  }

  for (const dataset of content.datasets) {
    const { file, data } = dataset;
    checkSources(file, 'sources', data.sources);
    data.series.forEach((s, i) => {
      checkSources(file, `series[${i}].sources`, s.sources);
      if (s.unit && s.unit !== data.unit) {
        problems.push({ file, field: `series[${i}].unit`, message: `is "${s.unit}" but the dataset's unit is "${data.unit}"; series in another unit belong in another dataset` });
      }
      s.points.forEach((p, j) => checkSources(file, `series[${i}].points[${j}].sources`, p.sources));
    });
  }

  for (const article of content.articles) {
    const { file, body, bodyLine } = article;
    if (!body.trim()) {
      problems.push({ file, message: 'has no content below the frontmatter' });
      continue;
    }
    for (const field of ['title', 'summary', 'contentNote'] as const) {
      const text = article.data[field];
      if (text && /\d/.test(text)) {
        problems.push({ file, field, message: `has a number ("${text.slice(0, 60)}"); write numbers in words here, or put figures in a fact` });
      }
    }
    for (const { line, message } of mdxProblems(body, bodyLine)) problems.push({ file, field: `line ${line}`, message });
    for (const { line, text } of digitsInProse(body, bodyLine)) {
      problems.push({
        file,
        field: `line ${line}`,
        message: `has a number typed into prose ("${text.slice(0, 60)}"); put figures in a fact and place it with <FactCard id="…"/> or <Value id="…"/>`,
      });
    }
    const placed = new Map<string, number>();
    for (const use of componentUses(body, bodyLine)) {
      const field = `line ${use.line}`;
      if ((DATASET_COMPONENTS as readonly string[]).includes(use.component)) {
        if (!datasets.has(use.id)) problems.push({ file, field, message: `<${use.component}> names dataset "${use.id}", which does not exist in content/datasets/` });
        continue;
      }
      const fact = facts.get(use.id);
      if (!fact) {
        problems.push({ file, field, message: `<${use.component}> names fact "${use.id}", which does not exist in content/facts/` });
      } else if (fact.data.status === 'unverified') {
        problems.push({ file, field, message: `<${use.component}> places fact "${use.id}", which is unverified: unverified claims are listed automatically under "Claims we could not verify" and may not appear as facts` });
      } else if (use.component === 'FactCard') {
        if (fact.article !== article.id) problems.push({ file, field, message: `<FactCard> places fact "${use.id}" from another article ("${fact.article}"); use <Value> to refer to it` });
        placed.set(use.id, (placed.get(use.id) ?? 0) + 1);
      }
    }
    for (const fact of facts.values()) {
      if (fact.data.status !== 'unverified' && placed.has(fact.id)) {
        for (const newerId of fact.data.newer ?? []) placed.set(newerId, (placed.get(newerId) ?? 0) + 1);
      }
    }
    for (const fact of facts.values()) {
      if (fact.article !== article.id || fact.data.status === 'unverified') continue;
      const times = placed.get(fact.id) ?? 0;
      if (times === 0) problems.push({ file, message: `does not place fact "${fact.id}" (${fact.file}); add <FactCard id="${fact.id}" /> or list it under another fact's "newer"` });
      if (times > 1) problems.push({ file, message: `places fact "${fact.id}" ${times} times; a fact has one place (its anchor)` });
    }
  }
  return problems;
}

/** Every page is published in Spanish too: every text an English reader sees needs its Spanish. */
export function translationCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const missing = (file: string, field: string) =>
    problems.push({ file, field, message: 'is missing: the Spanish text is required, so no page is published half-translated' });
  const extra = (file: string, field: string) =>
    problems.push({ file, field, message: 'has no English counterpart; remove it or add the English' });
  const pair = (file: string, field: string, english: unknown, spanish: unknown) => {
    if (english !== undefined && spanish === undefined) missing(file, field);
    if (english === undefined && spanish !== undefined) extra(file, field);
  };

  for (const { file, data } of content.facts) {
    const es = data.es;
    if (data.status === 'unverified') {
      pair(file, 'es.claim', data.claim, es?.claim);
      pair(file, 'es.why', data.why, es?.why);
    } else {
      pair(file, 'es.statement', data.statement, es?.statement);
      if (es?.statement && data.statement.includes('{value}') !== es.statement.includes('{value}')) {
        problems.push({ file, field: 'es.statement', message: 'must contain {value} exactly where the English does' });
      }
      pair(file, 'es.correction', data.status === 'corrected' ? data.correction : undefined, es?.correction);
      pair(file, 'es.headline', data.headline, es?.headline);
      pair(file, 'es.claim', data.status === 'verified' ? data.claim : undefined, es?.claim);
    }
    pair(file, 'es.caveat', data.caveat, es?.caveat);
  }
  for (const { file, data } of content.sources) pair(file, 'es.note', data.note, data.es?.note);
  for (const { file, data } of content.datasets) {
    const es = data.es;
    pair(file, 'es.title', data.title, es?.title);
    pair(file, 'es.takeaway', data.takeaway, es?.takeaway);
    pair(file, 'es.note', data.note, es?.note);
    pair(file, 'es.xTitle', data.xTitle, es?.xTitle);
    data.series.forEach((s, i) => {
      pair(file, `es.series[${i}].name`, s.name, es?.series?.[i]?.name);
      for (const p of s.points) pair(file, `es.series[${i}].notes.${p.x}`, p.note, es?.series?.[i]?.notes?.[String(p.x)]);
      for (const p of s.points) {
        if (typeof p.x === 'string') pair(file, `es.labels.${p.x}`, p.x, es?.labels?.[p.x]);
      }
    });
  }

  const twins = new Map(content.articlesEs.map((a) => [a.id, a]));
  for (const article of content.articles) {
    const twin = twins.get(article.id);
    if (!twin) {
      problems.push({ file: article.file, message: `has no Spanish version: add content/es/articles/${article.id}.mdx` });
      continue;
    }
    const tags = (a: LoadedArticle) => componentUses(a.body).map((u) => `<${u.component} ${u.id}>`).join(' ');
    if (tags(article) !== tags(twin)) {
      problems.push({ file: twin.file, message: 'must place the same facts and charts, in the same order, as the English sheet' });
    }
    for (const field of ['title', 'summary', 'contentNote'] as const) {
      if (twin.data[field] && /\d/.test(twin.data[field]!)) problems.push({ file: twin.file, field, message: 'has a number; write numbers in words here' });
      pair(twin.file, field, article.data[field], twin.data[field]);
    }
    for (const { line, message } of mdxProblems(twin.body, twin.bodyLine)) problems.push({ file: twin.file, field: `line ${line}`, message });
    for (const { line, text } of digitsInProse(twin.body, twin.bodyLine)) {
      problems.push({ file: twin.file, field: `line ${line}`, message: `has a number typed into prose ("${text.slice(0, 60)}")` });
    }
  }
  for (const twin of content.articlesEs) {
    if (!content.articles.some((a) => a.id === twin.id)) problems.push({ file: twin.file, message: `has no English sheet content/articles/${twin.id}.mdx` });
  }
  return problems;
}

/** The report an editor reads when the check fails. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.`];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const p of list) lines.push(`    - ${p.field ? `${p.field}: ` : ''}${p.message}`);
  }
  return lines.join('\n');
}

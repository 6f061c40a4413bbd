/**
 * Reading content files: listing them, parsing YAML and frontmatter with one parser (`yaml`), and
 * turning schema errors into problems an editor can act on (file, field, what is wrong).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { readMdx, type MdxReading } from './mdx-read.ts';
import type { LoadedSheet, Problem } from './model.ts';
import { ParseCache } from './parse-cache.ts';
import { ID_PATTERN } from './schema.ts';

/** Files with an extension under a folder, sorted; names starting with "_" (drafts, notes) are skipped. */
export async function listFiles(dir: string, ext: string): Promise<string[]> {
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

/** Reads files as text, several at a time (one after another, 16,000 small files take seconds). */
export async function readTexts(files: string[]): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0; i < files.length; i += 64) {
    texts.push(...(await Promise.all(files.slice(i, i + 64).map((f) => readFile(f, 'utf8')))));
  }
  return texts;
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

/** A schema's complaints as problems naming the field. */
export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const message = missing
      ? // zod's own wording ("Invalid input: expected array…") says nothing an editor can use.
        `is required but missing${issue.message.startsWith('Invalid input') ? '' : ` (${issue.message})`}`
      : issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`
        : `${issue.message} (got ${shown(issue.input)})`;
    return field ? { file, field, message } : { file, message };
  });
}

/** Parses a YAML text; on a syntax error returns a problem with the line. */
export function readYaml(file: string, text: string): { data?: unknown; problem?: Problem } {
  try {
    return { data: parseYaml(text, { prettyErrors: true }) };
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    // The parser's first line ends with its own "at line L, column C:"; the line is given once, up front.
    const reason = (e instanceof Error ? e.message.split('\n')[0]! : String(e)).replace(/ at line \d+, column \d+:?$/, '');
    return { problem: { file, message: `is not valid YAML${line ? ` (line ${line})` : ''}: ${reason}` } };
  }
}

/** Reads and validates one YAML text; `data` only when it is valid. */
export function parseRecord<T>(file: string, text: string, schema: z.ZodType<T>): { data?: T; problems: Problem[] } {
  const { data, problem } = readYaml(file, text);
  if (problem) return { problems: [problem] };
  if (data === null || data === undefined) return { problems: [{ file, message: 'is empty' }] };
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { data: result.data, problems: [] } : { problems: zodProblems(file, result.error) };
}

/** Reads every YAML record under a folder; ids are file names, which must be kebab-case. */
export async function readRecords<T>(
  dir: string,
  rel: (abs: string) => string,
  schema: z.ZodType<T>,
  cache = ParseCache.none(),
): Promise<{ records: { id: string; file: string; abs: string; data: T }[]; unreadable: { id: string; abs: string }[]; problems: Problem[] }> {
  const records = [];
  const unreadable = [];
  const problems: Problem[] = [];
  const files = await listFiles(dir, '.yaml');
  const texts = await readTexts(files);
  for (const [i, abs] of files.entries()) {
    const file = rel(abs);
    const id = path.basename(abs, '.yaml');
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, message: `file name "${id}" must be a kebab-case id (lower-case letters, digits, hyphens)` });
      continue;
    }
    const text = texts[i]!;
    const { data, problems: found } = cache.get(file, text, () => parseRecord(file, text, schema));
    problems.push(...found);
    if (data === undefined) unreadable.push({ id, abs });
    else records.push({ id, file, abs, data });
  }
  return { records, unreadable, problems };
}

/** Reads every sheet (MDX with YAML frontmatter) under a folder; a slug, where given, must equal the file name. */
export async function readSheets<T extends object>(
  dir: string,
  rel: (abs: string) => string,
  schema: z.ZodType<T>,
  cache = ParseCache.none(),
): Promise<{ sheets: LoadedSheet<T>[]; unreadable: string[]; problems: Problem[] }> {
  const sheets = [];
  const unreadable: string[] = [];
  const problems: Problem[] = [];
  const files = await listFiles(dir, '.mdx');
  const texts = await readTexts(files);
  for (const [i, abs] of files.entries()) {
    const file = rel(abs);
    const slug = path.basename(abs, '.mdx');
    const text = texts[i]!;
    const sheet = cache.get(file, text, () => parseSheet(file, slug, text, schema));
    problems.push(...sheet.problems);
    if (sheet.data === undefined) unreadable.push(slug);
    else sheets.push({ id: slug, file, data: sheet.data, body: sheet.body, bodyLine: sheet.bodyLine, mdx: sheet.mdx });
  }
  return { sheets, unreadable, problems };
}

/** One sheet read by the MDX parser, its frontmatter validated; `data` only when both are sound. */
function parseSheet<T extends object>(
  file: string,
  slug: string,
  text: string,
  schema: z.ZodType<T>,
): { data?: T; body: string; bodyLine: number; mdx: LoadedSheet<T>['mdx']; problems: Problem[] } {
  const { frontmatter, body, bodyLine, uses, problems: mdxProblems, digits, prose }: MdxReading = readMdx(text);
  const sheet = { body, bodyLine, mdx: { uses, problems: mdxProblems, digits, prose } };
  if (frontmatter === null) {
    // A file the parser cannot read has no frontmatter to speak of: its parse error is the problem.
    const problems = mdxProblems.length > 0 ? mdxProblems.map(({ line, message }) => ({ file, field: `line ${line}`, message })) : [{ file, message: 'has no frontmatter (a block between --- lines at the top)' }];
    return { ...sheet, problems };
  }
  const { data, problem } = readYaml(file, frontmatter);
  if (problem) return { ...sheet, problems: [problem] };
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) return { ...sheet, problems: zodProblems(file, result.error) };
  const given = (result.data as { slug?: string }).slug;
  const problems: Problem[] =
    given !== undefined && given !== slug
      ? [{ file, field: 'slug', message: `must equal the file name "${slug}" (got "${given}")` }]
      : [];
  return { data: result.data, ...sheet, problems };
}

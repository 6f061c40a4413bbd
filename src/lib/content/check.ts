/**
 * The content check: reads every file in `content/` once, with one parser, into the model the
 * pages use (model.ts), and reports every problem with the file, the field and what is wrong.
 * Runs before Astro builds anything; each concern is its own module:
 *   read-files.ts         listing files, YAML, schema errors
 *   check-references.ts   ids that must exist and be unique
 *   check-placement.ts    what a sheet holds and where each fact is placed
 *   check-translation.ts  the Spanish of every translated field
 *   check-evidence.ts     quotes, days of reading, headlines
 *   check-values.ts       values and dates that cannot be true
 *   check-figures.ts      figures typed once: placeholders, facts against their dataset, shares
 *   check-grades.ts       grades the sources can carry
 *   check-opening.ts      what a sheet opens with: its In brief and the key figures it names
 *   check-freshness.ts    schedules of recurring publications, words that go stale
 *   check-help-lines.ts   help lines that dial what they show
 *   check-classroom.ts    classroom editions: their sheet, terms, no typed figures
 *   check-plain-words.ts  every sentence a reader sees: at most 35 words (readability.ts)
 *   permalinks.ts         links once published keep working
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { classroomCheck } from './check-classroom.ts';
import { evidenceCheck } from './check-evidence.ts';
import { figureCheck, fillFigures } from './check-figures.ts';
import { freshnessCheck, readSchedules } from './check-freshness.ts';
import { gradeCheck } from './check-grades.ts';
import { openingCheck } from './check-opening.ts';
import { helpLineSheetCheck, readHelpLines } from './check-help-lines.ts';
import { plainWordsCheck } from './check-plain-words.ts';
import { placementCheck } from './check-placement.ts';
import { referenceCheck } from './check-references.ts';
import { translationCheck } from './check-translation.ts';
import { valueCheck } from './check-values.ts';
import { emptyContent, type CheckedContent, type Problem } from './model.ts';
import { ParseCache } from './parse-cache.ts';
import { checkPermalinks, permalinkSchema } from './permalinks.ts';
import { parseRecord, readRecords, readSheets } from './read-files.ts';
import { articleSchema, articleSpanishSchema, classroomSchema, datasetSchema, factSchema, sourceSchema } from './schema.ts';

export type { CheckedContent, Loaded, LoadedArticle, LoadedFact, LoadedSheet, Problem } from './model.ts';

/**
 * Reads and checks the whole content folder. Returns the content and every problem found.
 * `today` is the build day: no date of reading may be later. `cache` keeps files parsed by an
 * earlier run (builds pass one; the rules across files always run on everything).
 */
export async function checkContentDir(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
  { today = new Date(), cache = ParseCache.none() }: { today?: Date; cache?: ParseCache } = {},
): Promise<{ content: CheckedContent; problems: Problem[] }> {
  const problems: Problem[] = [];
  // Paths inside the project are shown relative to it; others (tests, benchmark) in full.
  const rel = (f: string) => {
    const r = path.relative(projectRoot, f);
    return (r.startsWith('..') ? f : r).split(path.sep).join('/');
  };
  const content = emptyContent(today);
  const { unreadable } = content;

  const sources = await readRecords(path.join(contentDir, 'sources'), rel, sourceSchema, cache);
  content.sources = sources.records;
  for (const u of sources.unreadable) unreadable.sources.add(u.id);
  const datasets = await readRecords(path.join(contentDir, 'datasets'), rel, datasetSchema, cache);
  content.datasets = datasets.records;
  for (const u of datasets.unreadable) unreadable.datasets.add(u.id);
  const factsDir = path.join(contentDir, 'facts');
  const sheetOf = (abs: string) => path.relative(factsDir, path.dirname(abs));
  const facts = await readRecords(factsDir, rel, factSchema, cache);
  content.facts = facts.records.map(({ abs, ...f }) => ({ ...f, article: sheetOf(abs) }));
  for (const u of facts.unreadable) unreadable.facts.set(u.id, sheetOf(u.abs));
  const articles = await readSheets(path.join(contentDir, 'articles'), rel, articleSchema, cache);
  content.articles = articles.sheets;
  for (const slug of articles.unreadable) unreadable.articles.add(slug);
  const articlesEs = await readSheets(path.join(contentDir, 'es', 'articles'), rel, articleSpanishSchema, cache);
  content.articlesEs = articlesEs.sheets;
  for (const slug of articlesEs.unreadable) unreadable.articlesEs.add(slug);
  const classroom = await readRecords(path.join(contentDir, 'classroom'), rel, classroomSchema, cache);
  content.classroom = classroom.records.map(({ id, file, data }) => ({ id, file, data }));
  problems.push(
    ...sources.problems,
    ...datasets.problems,
    ...facts.problems,
    ...articles.problems,
    ...articlesEs.problems,
    ...classroom.problems,
  );

  problems.push(...referenceCheck(content));
  problems.push(...placementCheck(content));
  problems.push(...translationCheck(content));
  problems.push(...evidenceCheck(content, today));
  problems.push(...valueCheck(content, today));
  problems.push(...classroomCheck(content));
  problems.push(...figureCheck(content));
  problems.push(...gradeCheck(content));
  problems.push(...openingCheck(content));
  const schedulesFile = path.join(contentDir, 'schedules.yaml');
  const schedules = await readSchedules(schedulesFile, rel(schedulesFile));
  content.schedules = schedules.schedules;
  problems.push(...schedules.problems);
  problems.push(...freshnessCheck(content, schedules.schedules, today));

  const helpFile = rel(path.join(contentDir, 'help-lines.yaml'));
  const help = await readHelpLines(path.join(contentDir, 'help-lines.yaml'), helpFile, today);
  problems.push(...help.problems);
  if (help.helpLines) {
    content.helpLines = help.helpLines;
    const sheets = new Set([...content.articles.map((a) => a.id), ...unreadable.articles]);
    problems.push(...helpLineSheetCheck(help.helpLines, sheets, helpFile));
  }
  problems.push(...plainWordsCheck(content, helpFile));

  const registryFile = path.join(contentDir, 'permalinks.yaml');
  const file = rel(registryFile);
  const registryText = await readFile(registryFile, 'utf8').catch(() => undefined);
  if (registryText === undefined) {
    problems.push({ file, message: 'is missing; it lists every published article slug and fact id' });
  } else {
    const { data, problems: found } = parseRecord(file, registryText, permalinkSchema);
    problems.push(...found);
    if (data) {
      content.permalinks = data;
      // A fact that exists but could not be read is still published: its link is not lost.
      const published = {
        articles: new Set([...content.articles.map((a) => a.id), ...unreadable.articles]),
        facts: new Set([...content.facts.filter((f) => f.data.status !== 'unverified').map((f) => f.id), ...unreadable.facts.keys()]),
      };
      problems.push(...checkPermalinks(data, published).map((p) => ({ file, ...p })));
    }
  }
  return { content: fillFigures(content), problems };
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

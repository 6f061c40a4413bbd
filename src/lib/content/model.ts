/** The checked content model: what the content check returns and every page reads. */
import type { z } from 'astro/zod';
import type { MdxReading } from './mdx-read.ts';
import type { PermalinkRegistry } from './permalinks.ts';
import type { ArticleData, ArticleSpanishData, Classroom, Dataset, Fact, HelpLines, Schedule, sourceSchema } from './schema.ts';

export interface Problem {
  /** Path of the file, relative to the project root (e.g. content/facts/x/y.yaml). */
  file: string;
  /** The field at fault, e.g. `sources[0].id`; absent when the whole file is at fault. */
  field?: string;
  message: string;
}

export interface Loaded<T> {
  id: string;
  file: string;
  data: T;
}
export interface LoadedFact extends Loaded<Fact> {
  /** Slug of the article the fact belongs to (its folder). */
  article: string;
}
/** A sheet: frontmatter, and its MDX body with the line the body starts on, as the MDX parser read it. */
export interface LoadedSheet<T> extends Loaded<T> {
  body: string;
  bodyLine: number;
  mdx: Pick<MdxReading, 'uses' | 'problems' | 'digits' | 'prose'>;
}
export type LoadedArticle = LoadedSheet<ArticleData>;

export interface CheckedContent {
  /** The build day: what is due, overdue or current is worked out against it. */
  today: Date;
  /** Schedules of recurring publications (content/schedules.yaml), by id. */
  schedules: Record<string, Schedule>;
  permalinks: PermalinkRegistry;
  /** The help lines (content/help-lines.yaml); empty when the file is missing or wrong. */
  helpLines: HelpLines;
  /** The Spanish twins of the articles (content/es/articles/): their translated fields and body. */
  articlesEs: LoadedSheet<ArticleSpanishData>[];
  sources: Loaded<z.output<typeof sourceSchema>>[];
  facts: LoadedFact[];
  datasets: Loaded<Dataset>[];
  articles: LoadedArticle[];
  /** Classroom editions (content/classroom/), by sheet slug: their file names. */
  classroom: Loaded<Classroom>[];
  /**
   * Ids of files that exist but could not be read (bad YAML, a wrong field), by kind; facts map to
   * their sheet. Their own problem is reported once; references to them are not reported again.
   */
  unreadable: { sources: Set<string>; datasets: Set<string>; facts: Map<string, string>; articles: Set<string>; articlesEs: Set<string> };
}

/** An empty model, filled in by the check. */
export function emptyContent(today: Date): CheckedContent {
  return {
    today,
    schedules: {},
    permalinks: { articles: [], facts: [], redirects: [] },
    helpLines: { checked: today, checkedIn: { en: '', es: '' }, lines: [] },
    articlesEs: [],
    sources: [],
    facts: [],
    datasets: [],
    articles: [],
    classroom: [],
    unreadable: { sources: new Set(), datasets: new Set(), facts: new Map(), articles: new Set(), articlesEs: new Set() },
  };
}

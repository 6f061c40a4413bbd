/**
 * A loop over an empty list passes without checking anything. Tests loop over `exactly(n, list)` or
 * `atLeast(n, list)`: the list itself, once its length is checked, so each loop says how many items
 * it expects and fails when there are none.
 */

function counted<T>(items: Iterable<T>, ok: (n: number) => boolean, expected: string, what: string): T[] {
  const list = [...items];
  if (!ok(list.length))
    throw new Error(`expected ${expected} ${what}, found ${list.length}: ${JSON.stringify(list).slice(0, 300)}`);
  return list;
}

/** The items, after checking there are exactly `count` of them (for lists the fixture fixes). */
export function exactly<T>(count: number, items: Iterable<T>, what = 'items'): T[] {
  if (count < 1) throw new Error('a loop over no items checks nothing');
  return counted(items, (n) => n === count, String(count), what);
}

/** The items, after checking there are at least `count` of them (for lists the fixture does not fix). */
export function atLeast<T>(count: number, items: Iterable<T>, what = 'items'): T[] {
  if (count < 1) throw new Error('a loop over no items checks nothing');
  return counted(items, (n) => n >= count, `at least ${count}`, what);
}

/**
 * What tests/fixtures/content-valid holds, counted from its files (change these with the fixture).
 */
export const IN_FIXTURE = {
  /** articles/sample-sheet.mdx and articles/second-sheet.mdx. */
  sheets: 2,
  /** The files in facts/: four on each sheet. */
  facts: 8,
  /** Facts not marked `status: unverified`, each with a page of its own: eight less the two rumours. */
  publishedFacts: 6,
  /** sample-rumour and second-rumour: one claim we could not verify on each sheet. */
  unverifiedFacts: 2,
  /** sample-share. */
  correctedFacts: 1,
  /**
   * Published facts that check a claim of the original article, each with a verdict: sample-count (supported),
   * second-places (qualified) and sample-share (corrected). The other three are later data and check none.
   */
  reviewedFacts: 3,
  /** The files in datasets/. */
  datasets: 4,
  /** The <StatChart>s: three, all on second-sheet. */
  charts: 3,
  /** The files in sources/, each cited by a fact or a dataset. */
  sources: 2,
  /** The sentences of sample-sheet's In brief (second-sheet has none), in each language. */
  inBriefSentences: 3,
  /** classroom/sample-sheet.yaml. */
  classroomEditions: 1,
  /** permalinks.yaml: the facts it registers (second-old among them) and the moved addresses. */
  registeredFacts: 7,
  redirects: 2,
  /**
   * One page of each template (templatePages): home, two sheets, a classroom edition, a verified and a
   * corrected fact page, sources, method, corrections, search, handout; and "page not found".
   */
  templatePagesPerLanguage: 12,
  /**
   * Every HTML page built: seven fixed pages (home, method, sources, corrections, search, handout,
   * page not found), two sheets, a classroom edition, six fact pages, ten embeds (six facts, four
   * datasets) and two moved addresses.
   */
  builtPagesPerLanguage: 28,
} as const;

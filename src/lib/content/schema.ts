/**
 * The content model: what an editor may write in `content/`.
 * Pure module (no `astro:*` imports) so tests and the content check can use it directly.
 */
import { z } from 'astro/zod';

/** Kebab-case ids: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Units a figure may carry; each maps to one way of formatting numbers (see lib/format.ts).
 * `percent` is a share of a whole (0 to 100); `percent-change` is a rise or fall, which can pass 100.
 */
export const UNITS = [
  'people',
  'percent',
  'percent-change',
  'usd',
  'applications',
  'deaths',
  'victims',
  'organisations',
  'years-of-age',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What kind of evidence stands behind a figure, strongest first. Readers see it as a badge; the
 * method page explains each. Charts draw the weaker grades hatched.
 */
export const GRADES = [
  'official-count',
  'official-estimate',
  'official-statement',
  'modelled-estimate',
  'research',
  'news-report',
  'secondary-report',
] as const;
export type Grade = (typeof GRADES)[number];
const grade = z.enum(GRADES, { error: `must be one of: ${GRADES.join(', ')}` });
/** Grades a reader should weigh with more care: drawn hatched in charts. */
export const WEAKER_GRADES: readonly Grade[] = ['news-report', 'secondary-report'];

/** What kind of outlet published a source, said plainly on the sources page. */
export const SOURCE_TYPES = [
  'government',
  'international-organisation',
  'research',
  'ngo',
  'programme',
  'news-agency',
  'newspaper',
  'magazine',
  'press-release',
  'opinion',
  'tabloid',
  'content-site',
  'unofficial-copy',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * What each grade asks of the sources read for a figure: one of them must be of a kind and type
 * listed here. The content check applies it (check-grades.ts) and the method page prints it.
 */
export const GRADE_RULES: Record<Grade, { kind?: 'primary'; types?: readonly SourceType[] }> = {
  'official-count': { kind: 'primary', types: ['government', 'international-organisation'] },
  'official-estimate': { kind: 'primary', types: ['government', 'international-organisation'] },
  'official-statement': { kind: 'primary', types: ['government', 'international-organisation'] },
  'modelled-estimate': { kind: 'primary', types: ['government', 'international-organisation', 'research', 'ngo'] },
  research: { kind: 'primary', types: ['government', 'international-organisation', 'research', 'ngo', 'programme'] },
  'news-report': { types: ['news-agency', 'newspaper', 'magazine'] },
  'secondary-report': {},
};

/** Outlets a key figure may never rest on alone. */
export const WEAK_OUTLETS: readonly SourceType[] = ['opinion', 'tabloid', 'content-site'];

/** Our verdict on a claim of the original reporting (schema.org ClaimReview's rating). */
export const VERDICTS = ['supported', 'qualified', 'misstated', 'could-not-verify'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Longest quote of a source we publish, in words: enough to show the evidence, short enough to quote. */
export const QUOTE_MAX_WORDS = 40;

/** Words that may stand before a figure, so "more than 109,000" stays honest. */
export const QUALIFIERS = ['about', 'more-than', 'almost', 'at-least'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const id = z.string().regex(ID_PATTERN, { error: 'must be a kebab-case id such as "crs-r41349-2017"' });

const httpsUrl = z
  .string({ error: 'must be a web address' })
  .refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {
    error: 'must be an absolute https:// address',
  });

const calendarYear = z
  .number({ error: 'must be a year such as 2016' })
  .int({ error: 'must be a whole year such as 2016' })
  .min(1900, { error: 'must be a year after 1900' })
  .max(2100, { error: 'must be a year before 2100' });

/** The year(s) the data describe: `2016` or `{ from: 2008, to: 2016 }`, normalised to a range with a label. */
export const dataYear = z
  .union([calendarYear, z.strictObject({ from: calendarYear, to: calendarYear })], {
    error: 'must be a year such as 2016, or a range written as { from: 2008, to: 2016 }',
  })
  .transform((y) => {
    const from = typeof y === 'number' ? y : y.from;
    const to = typeof y === 'number' ? y : y.to;
    return { from, to, label: from === to ? String(from) : `${from}–${to}` };
  })
  .refine((y) => y.from <= y.to, { error: '"from" must not be later than "to"' });
export type DataYear = z.output<typeof dataYear>;

/**
 * A calendar day written YYYY-MM-DD that exists (no 2026-02-31), as our YAML reader gives it: a string.
 */
export const isoDate = z.string({ error: 'must be a date written as YYYY-MM-DD' }).transform((value, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: 'custom', message: 'must be a real date written as YYYY-MM-DD', input: value });
    return z.NEVER;
  }
  return date;
});

const sentence = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' });

/** A short quote of a source, in its own words and language. */
const quote = sentence.refine((q) => q.split(/\s+/).length <= QUOTE_MAX_WORDS, {
  error: `must be at most ${QUOTE_MAX_WORDS} words: quote only the words that carry the figure`,
});

/** A reference to a source, with where the figure stands and the evidence someone read there. */
export const sourceRef = z.preprocess(
  // A bare id is short for { id }; errors then point at the field inside the reference.
  (r) => (typeof r === 'string' ? { id: r } : r),
  z.strictObject(
    {
      id,
      /** Page, section or table where the figure stands. */
      locator: sentence.optional(),
      /** The source's own words (at most forty), in its language, shown as a quote. */
      quote: quote.optional(),
      /** Day someone read the quote in the source. */
      checked: isoDate.optional(),
      /** The locator in Spanish (our words: "Tabla 1", "cuarto párrafo"); the quote stays as the source wrote it. */
      es: z.strictObject({ locator: sentence }).optional(),
    },
    { error: 'must be a source id, or { id: …, locator: "p. 12", quote: "…", checked: 2026-11-29 }' },
  ),
);
export type SourceRef = z.output<typeof sourceRef>;


/**
 * The fields of each record a Spanish reader sees in Spanish, declared once: the `es` part of the
 * record is derived from them, the content check pairs them (lib/content/check-translation.ts) and
 * pages read them in the reader's language (lib/content/localize.ts). Everything else (figures,
 * years, sources, dates) is shared by both languages.
 */
export const TRANSLATED = {
  fact: { statement: true, caveat: true, correction: true, claim: true, headline: true, why: true },
  dataset: { title: true, takeaway: true, note: true, xTitle: true },
  source: { note: true },
  article: { title: true, summary: true, topics: true, contentNote: true, inBrief: true },
} as const;

/**
 * How a figure is kept current: the schedule of the publication it comes from
 * (content/schedules.yaml), the edition our newest figure comes from and the day we last looked
 * for a newer one. The build works out when the next edition is expected (lib/content/freshness.ts).
 */
export const updates = z.strictObject(
  {
    /** Id of the publication's schedule in content/schedules.yaml. */
    schedule: id,
    /** The edition our figure comes from: the year it was published. */
    edition: calendarYear,
    /** The day someone last looked for a newer edition. */
    checked: isoDate,
  },
  { error: 'must be { schedule: tip-report, edition: 2025, checked: 2026-12-04 }' },
);
export type Updates = z.output<typeof updates>;

/** A publication that appears on a schedule (content/schedules.yaml), such as a yearly report. */
export const scheduleSchema = z.strictObject({
  /** The publication's name, as its publisher writes it. */
  name: sentence,
  /** Who publishes it. */
  publisher: sentence,
  /** Years from one edition to the next. */
  every: z.number().int({ error: 'must be a whole number of years' }).min(1, { error: 'must be at least 1 year' }),
  /** The month (1 to 12) in which an edition usually appears. */
  month: z
    .number()
    .int({ error: 'must be a month from 1 to 12' })
    .min(1, { error: 'must be a month from 1 to 12' })
    .max(12, { error: 'must be a month from 1 to 12' }),
});
export type Schedule = z.output<typeof scheduleSchema>;
/** Every schedule, by id. */
export const schedulesSchema = z.record(id, scheduleSchema);

/** Fields every fact has, whatever its status. */
const factBase = {
  /** Unit of `value` (and of the dataset it belongs to). */
  unit: z.enum(UNITS).optional(),
  /** The year(s) the data describe; not the year the source was published. */
  year: dataYear,
  /** Day of the event, for facts about something that happened on a date. */
  date: isoDate.optional(),
  /** Limits a reader must know to use the figure fairly. */
  caveat: sentence.optional(),
};

/** The figure a card shows large, with a short plain label; absent when no figure is the point. */
const headline = z.strictObject({
  /** What the figure counts, in a few plain words ("people in modern slavery, modelled estimate"). */
  label: sentence
    .refine((l) => l.length <= 70, { error: 'must be at most 70 characters: a few plain words' })
    .refine((l) => !/\d/.test(l), { error: 'must contain no digits: the figure and its year are shown beside it' }),
});

/** A checked statement, stated as the source states it. */
const verifiedFact = z.strictObject({
  /** `verified`: the figure was seen in the source. */
  status: z.literal('verified'),
  /** What kind of evidence stands behind the figure (see GRADES). */
  grade,
  /** The claim of the original reporting this fact checks, in our words; absent for later figures. */
  claim: sentence.optional(),
  /** Our verdict on `claim`: supported as made, or supported with a qualification. */
  verdict: z.enum(['supported', 'qualified'], { error: 'must be "supported" or "qualified"' }).optional(),
  /** One sentence in our words that reads correctly on its own; `{value}` marks where the formatted figure goes. */
  statement: sentence,
  /** The figure shown large on the card and share image: the fact's `value`, with its label. */
  headline: headline.optional(),
  /** The figure, as a plain number (43.6 for 43.6 percent). */
  value: z.number({ error: 'must be a finite number' }).optional(),
  /** A word that must stand before the figure, e.g. "more-than". */
  qualifier: z.enum(QUALIFIERS).optional(),
  /** Where the figure comes from; at least one source id. */
  sources: z.array(sourceRef).min(1, { error: 'must list at least one source id' }),
  /** The dataset (chart) this figure belongs to, if any. */
  dataset: id.optional(),
  /** Later figures shown beside this one; each is its own fact with its own year and source. */
  newer: z.array(id).optional(),
  /** When a newer edition of the source is expected, for the newest figure of a recurring publication. */
  updates: updates.optional(),
  ...factBase,
});

/** The words of a correction. */
const correctionText = z.strictObject({
  /** The original claim, paraphrased, as the reporting we started from made it. */
  original: sentence,
  /** Why it was wrong, in one or two sentences. */
  explanation: sentence,
});

/** A claim of the original reporting that the source contradicts: we state what the source says. */
const correctedFact = verifiedFact.omit({ claim: true, verdict: true }).extend({
  /** `corrected`: the original article misstated the source. */
  status: z.literal('corrected'),
  /** What was wrong and what the source says instead. */
  correction: correctionText.extend({
    /** Day the correction was made; by default the sheet's last-reviewed date. */
    date: isoDate.optional(),
  }),
});

/** A claim we could not find in any source: listed as unverified, never stated as fact. */
const unverifiedFact = z.strictObject({
  /** `unverified`: the figure was not found in any source. */
  status: z.literal('unverified'),
  /** The original claim, paraphrased, as the reporting we started from made it. */
  claim: sentence,
  /** Why we could not verify it, and what the sources say instead. */
  why: sentence,
  /** The closest sources consulted, if any. */
  sources: z.array(sourceRef).default([]),
  ...factBase,
});

/** The Spanish text of a fact: its translated fields, each optional here and paired by the check. */
const factSpanish = z
  .strictObject({ ...verifiedFact.shape, ...unverifiedFact.shape, correction: correctionText })
  .pick(TRANSLATED.fact)
  .partial();
const withSpanish = { /** The Spanish text of this fact. */ es: factSpanish.optional() };

/** A fact: one statement a reader can point at. Its id is its file name. */
export const factSchema = z.discriminatedUnion(
  'status',
  [verifiedFact.extend(withSpanish), correctedFact.extend(withSpanish), unverifiedFact.extend(withSpanish)],
  {
  error: 'status must be one of: verified, corrected, unverified',
});
export type Fact = z.output<typeof factSchema>;
export type PublishedFact = Exclude<Fact, { status: 'unverified' }>;

/** A source record's own fields: one publication. */
const sourceFields = z.strictObject({
  /** Organisation or outlet that published it. */
  publisher: sentence,
  /** Title as published, in its original language; or, when `untitled`, our description of the source. */
  title: sentence,
  /** No headline was recorded: `title` describes the source in our words, and `es.title` in Spanish. */
  untitled: z.literal(true).optional(),
  /**
   * The headline was read from the page's web address (the page itself could not be shown): `title`
   * is that headline, and readers are told where it came from.
   */
  titleFromAddress: z.literal(true).optional(),
  /** Year of publication; null when the source shows none. */
  year: calendarYear.nullable(),
  /** Absolute https address where a reader can find it. */
  url: httpsUrl,
  /** Day the page (or the stored copy of it) was really read; null, said to readers, when no one recorded it. */
  accessed: isoDate.nullable(),
  /** `primary`: the body that produced the data; `secondary`: a report quoting it. */
  kind: z.enum(['primary', 'secondary'], { error: 'kind must be "primary" or "secondary"' }),
  /** What kind of outlet it is (government, news agency, opinion column…), said plainly to readers. */
  type: z.enum(SOURCE_TYPES, { error: `must be one of: ${SOURCE_TYPES.join(', ')}` }),
  /** Language of the source. */
  lang: z.enum(['en', 'es']).default('en'),
  /** What a reader should know about this source (a mirror, a copy, a weak outlet). */
  note: sentence.optional(),
});
/** A source record: one publication. Its id is its file name. Titles stay in their original language. */
export const sourceSchema = sourceFields.extend({
  /** The Spanish text of this source (and the Spanish description of an untitled one). */
  es: sourceFields
    .pick(TRANSLATED.source)
    .partial()
    .extend({
      title: sentence.optional(),
      /** The publisher line in Spanish, when it carries our words ("copy of …", "republished by …"). */
      publisher: sentence.optional(),
    })
    .optional(),
});
export type Source = z.output<typeof sourceSchema>;

/** One point of a series: a year or a category, and its value. */
const point = z.strictObject({
  /** Year the value describes, or a category label such as a country. */
  x: z.union([calendarYear, sentence], { error: 'must be a year or a label' }),
  /**
   * The month a labelled point describes ("2013-06" for "June 2013"): when every point of a dataset
   * has a year or a month, the chart's x axis is a time axis, with uneven dates spaced unevenly.
   */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM, such as 2013-06' })
    .optional(),
  /** The value; must be a finite number. */
  value: z.number({ error: 'must be a finite number' }),
  /** A word that must stand before the value, e.g. "more-than". */
  qualifier: z.enum(QUALIFIERS).optional(),
  /** The point's grade of evidence, when it differs from the series'. */
  grade: grade.optional(),
  /** Sources for this point when they differ from the series'. */
  sources: z.array(sourceRef).optional(),
  /** What is special about this point (a secondary source, a revision). */
  note: sentence.optional(),
});

/** A series: one line or one set of bars, measured one way. */
const series = z.strictObject({
  /** Name shown in the legend and table. */
  name: sentence,
  /** Must equal the dataset's unit; present to catch series pasted from elsewhere. */
  unit: z.enum(UNITS).optional(),
  /** What kind of evidence stands behind the series' values (see GRADES); points may differ. */
  grade,
  /** Sources for the whole series; points may add their own. */
  sources: z.array(sourceRef).optional(),
  /** The points, in the order they are drawn. */
  points: z.array(point).min(1, { error: 'must have at least one point' }),
});

/** A dataset: the numbers behind a chart. Its id is its file name. */
/** A dataset's own fields: one chart and its table. */
const datasetFields = z.strictObject({
  /** Chart title. */
  title: sentence,
  /** One sentence a reader should take away; also the chart's accessible label. */
  takeaway: sentence,
  /** Unit of every value in the dataset. */
  unit: z.enum(UNITS),
  /** Heading of the x column in the data table ("Country", "Estimate as of"); "Year" when x values are years. */
  xTitle: sentence.optional(),
  /** The year(s) the data describe. */
  year: dataYear,
  /** Sources for the whole dataset. */
  sources: z.array(sourceRef).min(1, { error: 'must list at least one source id' }),
  /** How the figures were made or why series are kept apart. */
  note: sentence.optional(),
  /** One or more series; series measured differently stay separate. */
  series: z.array(series).min(1, { error: 'must have at least one series' }),
  /**
   * The series measure different things (a news tally and an analysts' estimate): each is drawn in
   * its own panel with its own axis, so no reader compares them on one scale.
   */
  separate: z.boolean().optional(),
  /** When a newer edition of the data is expected. */
  updates: updates.optional(),
});
/** A dataset: one chart and its table. Its id is its file name. */
export const datasetSchema = datasetFields.extend({
  /** The Spanish text of the chart: its translated fields, plus category labels, series names and point notes. */
  es: datasetFields
    .pick(TRANSLATED.dataset)
    .partial()
    .extend({
      /** Category labels in Spanish (countries, dates written in words), keyed by the English x value. */
      labels: z.record(z.string(), sentence).optional(),
      /** Series names and point notes in Spanish, in the order of `series`. */
      series: z
        .array(
          z.strictObject({
            /** Series name in Spanish. */
            name: sentence,
            /** Point notes in Spanish, keyed by the point's x value. */
            notes: z.record(z.string(), sentence).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
export type Dataset = z.output<typeof datasetSchema>;

/** Longest sentence of a sheet's "In brief", in words: one idea a fifteen-year-old reads at once. */
export const IN_BRIEF_MAX_WORDS = 35;

/** Most key figures a sheet may name: enough to take in at a glance (lib/content/key-figures.ts). */
export const KEY_FIGURES_MAX = 5;

/** Frontmatter of an article (a fact sheet). */
export const articleSchema = z.strictObject({
  /** Title of the fact sheet: its subject ("Human trafficking in Mexico"), not the article it started from. */
  title: sentence,
  /** One line on what the sheet shows, for the page, the home page and link previews. */
  summary: sentence,
  /**
   * Three or four plain sentences under the title on what the current figures show. Figures and
   * years only by placeholders: `{fact:<fact-id>}` (its value) and `{year:<fact-id>}` (its data year).
   */
  inBrief: z
    .array(
      sentence.refine((s) => s.split(/\s+/).length <= IN_BRIEF_MAX_WORDS, {
        error: `must be at most ${IN_BRIEF_MAX_WORDS} words: one idea per sentence`,
      }),
    )
    .min(3, { error: 'must have three or four sentences' })
    .max(4, { error: 'must have three or four sentences' })
    .optional(),
  /** The facts the sheet opens with, in order (at most five); without it, its newest headline figures. */
  keyFigures: z
    .array(id)
    .min(1, { error: 'must name at least one fact, or be left out' })
    .max(KEY_FIGURES_MAX, { error: `must name at most ${KEY_FIGURES_MAX} facts: enough to take in at a glance` })
    .optional(),
  /** URL slug; must equal the file name. */
  slug: id,
  /** Order on the home page (1 first). */
  order: z.number().int().positive(),
  /** Date first published on this site. */
  published: isoDate,
  /** Date of the last fact check of every figure on the sheet. */
  reviewed: isoDate,
  /** Topics, for grouping and search. */
  topics: z.array(sentence).min(1),
  /** Shown before the content when the subject needs a warning. */
  contentNote: sentence.optional(),
  /** The reporting this sheet started from. */
  original: z.strictObject({
    /** Title of the original article. */
    title: sentence,
    /** Its author. */
    author: sentence,
    /** Where it was published. */
    publication: sentence,
    /** Its address, when known (schema.org ClaimReview names where each claim appeared). */
    url: httpsUrl.optional(),
    /** The day it was published, when known. */
    date: isoDate.optional(),
  }),
});
export type ArticleData = z.output<typeof articleSchema>;

/** Frontmatter of a Spanish sheet: only the translated fields; the rest comes from the English sheet. */
export const articleSpanishSchema = articleSchema.pick(TRANSLATED.article);
export type ArticleSpanishData = z.output<typeof articleSpanishSchema>;

const bilingual = z.strictObject({
  /** English text. */
  en: sentence,
  /** Spanish text. */
  es: sentence,
});

/** Help lines (content/help-lines.yaml): shown on every page and print; a line may belong to some sheets only. */
export const helpLinesSchema = z.strictObject({
  /** Date an editor last checked every number. */
  checked: isoDate,
  /** What was read that day (the official pages, or which copies of them), said to readers. */
  checkedIn: bilingual,
  /** The lines, in the order shown. */
  lines: z
    .array(
      z.strictObject({
        /** Stable id. */
        id,
        /** Where the line answers. */
        country: bilingual,
        /** Name of the line, as its operator writes it. */
        name: sentence,
        /** Who runs it. */
        operator: sentence.optional(),
        /** The number as readers dial it locally. */
        phone: z.string().regex(/^[0-9 -]+$/, { error: 'must be digits, spaces and hyphens' }),
        /** The number for tel: links (international form, or a short code). */
        tel: z.string().regex(/^\+?[0-9]+$/, { error: 'must be digits with an optional leading +' }),
        /** Number for text messages, if any. */
        sms: z.string().regex(/^[0-9]+$/).optional(),
        /** Number for TTY, if any. */
        tty: z.string().regex(/^[0-9]+$/).optional(),
        /** Hours, languages, other channels, warnings. */
        details: bilingual,
        /** The operator's official page. */
        url: httpsUrl.optional(),
        /** The sheets (slugs) whose pages show this line, with their facts; without it, every page shows it. */
        sheets: z.array(id).min(1).optional(),
      }),
    )
    .min(1),
});
export type HelpLines = z.output<typeof helpLinesSchema>;

/** One glossary entry of a classroom edition: a term and our definition of it, in both languages. */
const glossaryEntry = z.strictObject({
  term: sentence,
  /** Our own words, drawn from what the sheet's checked facts and sources say. */
  definition: sentence,
  es: z.strictObject({ term: sentence, definition: sentence }),
});

/**
 * The classroom edition of a sheet (content/classroom/<sheet>.yaml): a short glossary and three to
 * five questions for discussion, in English and Spanish.
 */
export const classroomSchema = z.strictObject({
  glossary: z
    .array(glossaryEntry)
    .min(3, { error: 'must have at least three terms' })
    .max(8, { error: 'must have at most eight terms: a classroom edition prints on two pages' }),
  questions: z
    .array(z.strictObject({ text: sentence, es: sentence }))
    .min(3, { error: 'must have three to five questions' })
    .max(5, { error: 'must have three to five questions' }),
});
export type Classroom = z.output<typeof classroomSchema>;


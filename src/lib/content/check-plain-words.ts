/**
 * Plain words: every sentence a reader sees has at most MAX_SENTENCE_WORDS words, in both
 * languages. It covers facts (statement, claim, caveat, headline label, correction, why), datasets
 * (takeaway, note, point notes), sheets (summary, content note, the MDX prose by line), classroom
 * editions and the help lines. A placeholder counts as one word. Also gives each sheet's reading
 * figures (words, sentences, longest sentence, reading ease), which are reported, never enforced.
 */
import type { CheckedContent, Problem } from './model.ts';
import {
  countTexts,
  fernandezHuerta,
  fleschKincaidGrade,
  inflesz,
  MAX_SENTENCE_WORDS,
  splitSentences,
  words,
  type TextCounts,
} from './readability.ts';
import type { Dataset, Fact } from './schema.ts';

/** A text a reader sees, the field it is in (or `line N` of an MDX file), and its language. */
type Text = [field: string, text: string | undefined];

/** A fact's texts: English fields, then their Spanish in `es.`. */
function factTexts(fact: Fact): Text[] {
  const of = (prefix: string, f: Record<string, unknown> | undefined): Text[] => {
    if (!f) return [];
    const correction = f['correction'] as { original?: string; explanation?: string } | undefined;
    const headline = f['headline'] as { label?: string } | undefined;
    return [
      ...(['statement', 'claim', 'caveat', 'why'] as const).map((k): Text => [`${prefix}${k}`, f[k] as string | undefined]),
      [`${prefix}headline.label`, headline?.label],
      [`${prefix}correction.original`, correction?.original],
      [`${prefix}correction.explanation`, correction?.explanation],
    ];
  };
  return [...of('', fact as unknown as Record<string, unknown>), ...of('es.', fact.es as Record<string, unknown> | undefined)];
}

/** A dataset's takeaway, note and point notes, in English and Spanish. */
function datasetTexts(d: Dataset): { en: Text[]; es: Text[] } {
  return {
    en: [
      ['takeaway', d.takeaway],
      ['note', d.note],
      ...d.series.flatMap((s, i) => s.points.map((p, j): Text => [`series[${i}].points[${j}].note`, p.note])),
    ],
    es: [
      ['es.takeaway', d.es?.takeaway],
      ['es.note', d.es?.note],
      ...(d.es?.series ?? []).flatMap((s, i) => Object.entries(s.notes ?? {}).map(([x, n]): Text => [`es.series[${i}].notes.${x}`, n])),
    ],
  };
}

/** A sheet's prose, one text per sentence-bearing block, each named by its line in the file. */
function proseTexts(prose: readonly { line: number; text: string }[]): Text[] {
  // A sentence is reported on the line it starts on.
  return prose.flatMap(({ line, text }) =>
    splitSentences(text).map(({ text: sentence, start }): Text => [`line ${line + (text.slice(0, start).match(/\n/g) ?? []).length}`, sentence]),
  );
}

/** The problem for a text whose longest sentence is too long, or nothing. */
function longSentence(file: string, [field, text]: Text): Problem[] {
  if (!text) return [];
  return splitSentences(text).flatMap(({ text: sentence }) => {
    const ws = words(sentence);
    if (ws.length <= MAX_SENTENCE_WORDS) return [];
    const opening = sentence.split(/\s+/).slice(0, 8).join(' ');
    return [
      {
        file,
        field,
        message: `has a sentence of ${ws.length} words ("${opening}…"); a reader needs at most ${MAX_SENTENCE_WORDS}: split it`,
      },
    ];
  });
}

/** Every sentence a reader sees, at most MAX_SENTENCE_WORDS words. */
export function plainWordsCheck(content: CheckedContent, helpLinesFile: string): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, texts: Text[]) => texts.forEach((t) => problems.push(...longSentence(file, t)));
  for (const { file, data } of content.facts) check(file, factTexts(data));
  for (const { file, data } of content.datasets) {
    const { en, es } = datasetTexts(data);
    check(file, [...en, ...es]);
  }
  for (const { file, data, mdx } of [...content.articles, ...content.articlesEs]) {
    check(file, [['summary', data.summary], ['contentNote', data.contentNote], ...proseTexts(mdx.prose)]);
  }
  for (const { file, data } of content.classroom) {
    check(file, [
      ...data.glossary.flatMap((g, i): Text[] => [
        [`glossary[${i}].definition`, g.definition],
        [`glossary[${i}].es.definition`, g.es.definition],
      ]),
      ...data.questions.flatMap((q, i): Text[] => [
        [`questions[${i}].text`, q.text],
        [`questions[${i}].es`, q.es],
      ]),
    ]);
  }
  const help = content.helpLines;
  check(helpLinesFile, [
    ['checkedIn.en', help.checkedIn.en],
    ['checkedIn.es', help.checkedIn.es],
    ...help.lines.flatMap((l, i): Text[] => [
      [`lines[${i}].details.en`, l.details.en],
      [`lines[${i}].details.es`, l.details.es],
    ]),
  ]);
  return problems;
}

/** A sheet's reading figures in one language: the whole sheet as read, and its MDX prose alone. */
export interface SheetReading {
  sheet: string;
  lang: 'en' | 'es';
  /** Everything on the sheet: prose, summary, content note, its facts' texts and its charts' texts. */
  all: TextCounts;
  /** The MDX body's prose alone. */
  prose: TextCounts;
  /** Flesch–Kincaid grade (English) or Fernández-Huerta ease (Spanish) of the whole sheet. */
  score: number;
  /** INFLESZ, for Spanish. */
  inflesz?: number;
}

/** Each sheet's reading figures, English then Spanish (texts as filled for readers). */
export function sheetReadings(content: CheckedContent): SheetReading[] {
  const out: SheetReading[] = [];
  const datasets = new Map(content.datasets.map((d) => [d.id, d.data]));
  for (const article of content.articles) {
    const es = content.articlesEs.find((a) => a.id === article.id);
    const facts = content.facts.filter((f) => f.article === article.id).map((f) => factTexts(f.data));
    const charts = article.mdx.uses.filter((u) => u.component === 'StatChart').flatMap((u) => {
      const d = datasets.get(u.id);
      return d ? [datasetTexts(d)] : [];
    });
    const text = (ts: Text[]) => ts.flatMap(([, t]) => (t ? [t] : []));
    for (const lang of ['en', 'es'] as const) {
      const sheet = lang === 'en' ? article : es;
      if (!sheet) continue;
      const prose = sheet.mdx.prose.map((p) => p.text);
      const factTs = facts.flatMap((ts) => ts.filter(([field]) => field.startsWith('es.') === (lang === 'es')));
      const chartTs = charts.flatMap((c) => c[lang]);
      const all = countTexts(
        [sheet.data.summary, sheet.data.contentNote ?? '', ...prose, ...text(factTs), ...text(chartTs)],
        lang,
      );
      const reading: SheetReading = {
        sheet: article.id,
        lang,
        all,
        prose: countTexts(prose, lang),
        score: lang === 'en' ? fleschKincaidGrade(all) : fernandezHuerta(all),
      };
      if (lang === 'es') reading.inflesz = inflesz(all);
      out.push(reading);
    }
  }
  return out;
}

/** The reading figures as lines for `npm run validate`. */
export function formatReadings(readings: readonly SheetReading[]): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `reading level (target: Flesch–Kincaid grade 9 or lower; Fernández-Huerta 70 or higher, "bastante fácil"; sentences of at most ${MAX_SENTENCE_WORDS} words):`,
  ];
  for (const r of readings) {
    const level =
      r.lang === 'en'
        ? `Flesch–Kincaid grade ${r.score.toFixed(1)}`
        : `Fernández-Huerta ${r.score.toFixed(0)}, INFLESZ ${r.inflesz!.toFixed(0)}`;
    lines.push(
      `  ${r.sheet} ${r.lang}: ${n(r.all.words)} words in ${n(r.all.sentences)} sentences (prose ${n(r.prose.words)} words, ` +
        `${n(r.prose.sentences)} sentences), longest ${r.all.longest} words, ${level}`,
    );
  }
  return lines.join('\n');
}

/**
 * Figures are typed once. Text names a figure of the data by a placeholder, filled from its record
 * in the reader's language: `{fact:<fact-id>}` for a fact's value, `{data:<dataset-id>/<x>}` for a
 * dataset's point (`{data:<dataset-id>/<x>/<series number>}` when several series have that x).
 * Takeaways, notes and caveats may not type a figure (years may stay); a fact drawn from a dataset
 * must carry that dataset's value for its year; a share cannot pass 100 percent.
 */
import { formatValue, type Lang } from '../format.ts';
import type { CheckedContent, Loaded, LoadedFact, Problem } from './model.ts';
import type { Dataset, Fact, Qualifier, Unit } from './schema.ts';

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** A fact's texts that may hold placeholders (and `correction.explanation`), in English and in its `es` block. */
const FACT_TEXTS = ['statement', 'caveat', 'why'] as const;

/** A figure a placeholder names: its value, unit and qualifier. */
interface Named {
  value: number;
  unit: Unit;
  qualifier: Qualifier | undefined;
}

/** What a placeholder names, or why it names nothing. `{value}` is the fact's own figure, filled by pages. */
export function resolvePlaceholder(
  inner: string,
  facts: ReadonlyMap<string, Fact>,
  datasets: ReadonlyMap<string, Dataset>,
): Named | string | undefined {
  if (inner === 'value') return undefined;
  const fact = /^fact:(.+)$/.exec(inner);
  if (fact) {
    const f = facts.get(fact[1]!);
    if (!f) return `{${inner}} names no fact "${fact[1]}"`;
    if (f.status === 'unverified') return `{${inner}} names an unverified claim, which is never stated as fact`;
    if (f.value === undefined || !f.unit) return `{${inner}} names fact "${fact[1]}", which has no "value" and "unit"`;
    return { value: f.value, unit: f.unit, qualifier: f.qualifier };
  }
  const data = /^data:([^/]+)\/(.+?)(?:\/(\d+))?$/.exec(inner);
  if (data) {
    const [, id, x, seriesNumber] = data as unknown as [string, string, string, string | undefined];
    const dataset = datasets.get(id);
    if (!dataset) return `{${inner}} names no dataset "${id}"`;
    const series = seriesNumber ? [dataset.series[Number(seriesNumber) - 1]] : dataset.series;
    if (series.some((s) => s === undefined)) return `{${inner}} names series ${seriesNumber}, but dataset "${id}" has ${dataset.series.length}`;
    const found = series.flatMap((s) => s!.points.filter((p) => String(p.x) === x).map((p) => ({ p, n: dataset.series.indexOf(s!) + 1 })));
    if (found.length === 0) return `{${inner}} names no point: dataset "${id}" has no x "${x}"${seriesNumber ? ` in series ${seriesNumber}` : ''}`;
    if (found.length > 1) {
      return `{${inner}} is ambiguous: dataset "${id}" has x "${x}" in series ${found.map((f) => f.n).join(' and ')}; write {data:${id}/${x}/${found[0]!.n}}`;
    }
    const { p } = found[0]!;
    return { value: p.value, unit: dataset.unit, qualifier: p.qualifier };
  }
  return `{${inner}} is not a placeholder: write {value}, {fact:<fact-id>} or {data:<dataset-id>/<x>}`;
}

/**
 * Figures typed into text: numbers with a thousands separator or decimals, percentages, amounts of
 * money and millions, and whole numbers above 31 that are not years (1900 to 2100). Days, ranks
 * ("Tier 2") and codes joined to letters ("R41349", "FY2008") are not figures.
 */
export function typedFigures(text: string): string[] {
  const figures: string[] = [];
  const token = /(?<![\p{L}\p{N}])(US\$|\$)?(\d+(?:[.,]\d+)*)(\s?%|\s(?:percent|por ciento|million|billion|thousand|millones|mil)\b)?/gu;
  for (const m of text.replace(PLACEHOLDER, ' ').matchAll(token)) {
    const [whole, money, digits, scale] = m as unknown as [string, string | undefined, string, string | undefined];
    const plain = /^\d+$/.test(digits);
    const year = plain && digits.length === 4 && Number(digits) >= 1900 && Number(digits) <= 2100;
    if (money || scale || !plain || (!year && Number(digits) > 31)) figures.push(whole.trim());
  }
  return figures;
}

/** Each text of a record that readers see, with its field name: English fields and their Spanish. */
function textsOfFact(fact: Fact): [string, string][] {
  const out: [string, string][] = [];
  const add = (field: string, v: unknown) => typeof v === 'string' && out.push([field, v]);
  const walk = (prefix: string, f: Record<string, unknown> | undefined) => {
    if (!f) return;
    for (const key of FACT_TEXTS) add(`${prefix}${key}`, f[key]);
    const c = f['correction'] as Record<string, unknown> | undefined;
    if (c) add(`${prefix}correction.explanation`, c['explanation']);
  };
  walk('', fact as unknown as Record<string, unknown>);
  walk('es.', fact.es as Record<string, unknown> | undefined);
  return out;
}

function textsOfDataset(d: Dataset): [string, string][] {
  const out: [string, string][] = [];
  const add = (field: string, v: string | undefined) => v !== undefined && out.push([field, v]);
  add('takeaway', d.takeaway);
  add('note', d.note);
  d.series.forEach((s, i) => s.points.forEach((p, j) => add(`series[${i}].points[${j}].note`, p.note)));
  add('es.takeaway', d.es?.takeaway);
  add('es.note', d.es?.note);
  d.es?.series?.forEach((s, i) => Object.entries(s.notes ?? {}).forEach(([x, n]) => add(`es.series[${i}].notes.${x}`, n)));
  return out;
}

/** Fields where a figure may not be typed: what a reader takes as our summary of the data. */
const NO_TYPED_FIGURES = /(^|\.)(caveat|takeaway|note|notes\.[^.]+)$/;

/** Checks placeholders, typed figures, facts against their dataset's points, and shares. */
export function figureCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const datasets = new Map(content.datasets.map((d) => [d.id, d.data]));
  const unreadable = (inner: string) =>
    (inner.startsWith('fact:') && content.unreadable.facts.has(inner.slice(5))) ||
    (inner.startsWith('data:') && content.unreadable.datasets.has(inner.slice(5).split('/')[0]!));

  const checkTexts = (file: string, texts: [string, string][]) => {
    for (const [field, text] of texts) {
      for (const [, inner] of text.matchAll(PLACEHOLDER)) {
        const named = resolvePlaceholder(inner!, facts, datasets);
        if (typeof named === 'string' && !unreadable(inner!)) problems.push({ file, field, message: named });
      }
      if (NO_TYPED_FIGURES.test(field)) {
        const typed = typedFigures(text);
        if (typed.length > 0) {
          problems.push({
            file,
            field,
            message: `types the figure${typed.length > 1 ? 's' : ''} ${typed.map((t) => `"${t}"`).join(', ')}: name a figure of the data with {fact:<fact-id>} or {data:<dataset-id>/<x>}, so it is typed once`,
          });
        }
      }
    }
  };

  for (const { file, data } of content.facts) checkTexts(file, textsOfFact(data));
  for (const { file, data } of content.datasets) checkTexts(file, textsOfDataset(data));

  const shareAbove100 = (file: string, field: string, value: number, unit: Unit | undefined) => {
    if (unit === 'percent' && value > 100) {
      problems.push({ file, field, message: `is ${value}, but a share is at most 100 percent; a rise or fall is the unit "percent-change"` });
    }
  };
  for (const { file, data } of content.facts) {
    if (data.status !== 'unverified' && data.value !== undefined) shareAbove100(file, 'value', data.value, data.unit);
  }
  for (const { file, data } of content.datasets) {
    data.series.forEach((s, i) => s.points.forEach((p, j) => shareAbove100(file, `series[${i}].points[${j}].value`, p.value, data.unit)));
  }

  const datasetFiles = new Map(content.datasets.map((d) => [d.id, d]));
  for (const fact of content.facts) problems.push(...againstDataset(fact, datasetFiles));
  return problems;
}

/** A fact that names a dataset must carry the value of that dataset's point for its year. */
function againstDataset({ file, data }: LoadedFact, datasets: ReadonlyMap<string, Loaded<Dataset>>): Problem[] {
  if (data.status === 'unverified' || !data.dataset || data.value === undefined) return [];
  const dataset = datasets.get(data.dataset);
  if (!dataset) return [];
  const year = data.year.to;
  const points = dataset.data.series.flatMap((s) =>
    s.points
      .filter((p) =>
        typeof p.x === 'number' ? p.x === year : p.month ? p.month.startsWith(`${year}-`) : dataset.data.year.to === year,
      )
      .map((p) => ({ p, series: s.name })),
  );
  if (points.length === 0) {
    return [{ file, field: 'dataset', message: `names "${data.dataset}", but ${dataset.file} has no point for ${year}: add the point, or remove "dataset"` }];
  }
  if (points.some(({ p }) => p.value === data.value)) return [];
  const has = points.map(({ p, series }) => `${p.value} ("${series}")`).join(', ');
  return [{ file, field: 'value', message: `is ${data.value}, but ${dataset.file} has ${has} for ${year}: the two files disagree` }];
}

/** The text with its placeholders filled in a language (`{value}` is left for the page). */
export function fillText(text: string, lang: Lang, facts: ReadonlyMap<string, Fact>, datasets: ReadonlyMap<string, Dataset>): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const named = resolvePlaceholder(inner, facts, datasets);
    return named && typeof named !== 'string' ? formatValue(named.value, named.unit, lang, named.qualifier) : whole;
  });
}

/**
 * The content with every placeholder filled, English fields in English and `es` fields in Spanish.
 * Returns new records: the parse cache keeps the ones it read, placeholders and all.
 */
export function fillFigures(content: CheckedContent): CheckedContent {
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const datasets = new Map(content.datasets.map((d) => [d.id, d.data]));
  const fill = (lang: Lang) => (s: string | undefined) => (s === undefined ? s : fillText(s, lang, facts, datasets));
  const en = fill('en');
  const es = fill('es');
  const fillFact = (f: Fact, t: (s: string | undefined) => string | undefined): Record<string, unknown> => {
    const r = { ...(f as Record<string, unknown>) };
    for (const key of FACT_TEXTS) if (typeof r[key] === 'string') r[key] = t(r[key] as string);
    const c = r['correction'] as { explanation?: string } | undefined;
    if (c?.explanation) r['correction'] = { ...c, explanation: t(c.explanation) };
    return r;
  };
  return {
    ...content,
    facts: content.facts.map((f) => {
      const data = fillFact(f.data, en) as Fact;
      if (f.data.es) data.es = fillFact(f.data.es as Fact, es) as Fact['es'];
      return { ...f, data };
    }),
    datasets: content.datasets.map((d) => {
      const x = d.data;
      const data: Dataset = {
        ...x,
        takeaway: en(x.takeaway)!,
        note: en(x.note),
        series: x.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, note: en(p.note) })) })),
      };
      if (x.es) {
        data.es = {
          ...x.es,
          takeaway: es(x.es.takeaway),
          note: es(x.es.note),
          series: x.es.series?.map((s) => ({
            ...s,
            notes: s.notes && Object.fromEntries(Object.entries(s.notes).map(([k, v]) => [k, es(v)!])),
          })),
        };
      }
      return { ...d, data };
    }),
  };
}

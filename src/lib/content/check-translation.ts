/**
 * Every page is published in Spanish too: every field listed in TRANSLATED (schema.ts) that an
 * English record fills needs its Spanish, and no Spanish text may stand without its English.
 */
import type { CheckedContent, Problem } from './model.ts';
import { proseProblems } from './check-placement.ts';
import { TRANSLATED } from './schema.ts';

type Text = Record<string, unknown>;

export function translationCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  /** Pairs the translated fields of one record with its Spanish. */
  const pairAll = (file: string, fields: object, english: Text, spanish: Text | undefined, prefix = 'es.') => {
    for (const key of Object.keys(fields)) {
      const field = `${prefix}${key}`;
      if (english[key] !== undefined && spanish?.[key] === undefined) {
        problems.push({ file, field, message: 'is missing: the Spanish text is required, so no page is published half-translated' });
      }
      if (english[key] === undefined && spanish?.[key] !== undefined) {
        problems.push({ file, field, message: 'has no English counterpart; remove it or add the English' });
      }
    }
  };

  for (const { file, data } of content.facts) {
    pairAll(file, TRANSLATED.fact, data, data.es);
    // A locator is our words ("Table 1"), so readers of either language get their own.
    data.sources.forEach((ref, i) => pairAll(file, { locator: true }, ref, ref.es, `sources[${i}].es.`));
    if (data.status !== 'unverified' && data.es?.statement && data.statement.includes('{value}') !== data.es.statement.includes('{value}')) {
      problems.push({ file, field: 'es.statement', message: 'must contain {value} exactly where the English does' });
    }
  }
  for (const { file, data } of content.sources) {
    pairAll(file, TRANSLATED.source, data, data.es);
    // A real title stays in its language; our description of an untitled source is translated.
    pairAll(file, { title: true }, data.untitled ? data : {}, data.es);
  }
  for (const { file, data } of content.datasets) {
    const es = data.es;
    pairAll(file, TRANSLATED.dataset, data, es);
    data.series.forEach((s, i) => {
      pairAll(file, { name: true }, s, es?.series?.[i], `es.series[${i}].`);
      for (const p of s.points) pairAll(file, { [p.x]: true }, { [p.x]: p.note }, es?.series?.[i]?.notes, `es.series[${i}].notes.`);
      for (const p of s.points) if (typeof p.x === 'string') pairAll(file, { [p.x]: true }, { [p.x]: p.x }, es?.labels, 'es.labels.');
    });
  }

  const twins = new Map(content.articlesEs.map((a) => [a.id, a]));
  for (const article of content.articles) {
    const twin = twins.get(article.id);
    if (!twin) {
      if (content.unreadable.articlesEs.has(article.id)) continue;
      problems.push({ file: article.file, message: `has no Spanish version: add content/es/articles/${article.id}.mdx` });
      continue;
    }
    const tags = (sheet: typeof article | typeof twin) => sheet.mdx.uses.map((u) => `<${u.component} ${u.id}>`).join(' ');
    if (tags(article) !== tags(twin)) {
      problems.push({ file: twin.file, message: 'must place the same facts and charts, in the same order, as the English sheet' });
    }
    pairAll(twin.file, TRANSLATED.article, article.data, twin.data, '');
    for (const field of ['title', 'summary', 'contentNote'] as const) {
      if (twin.data[field] && /\d/.test(twin.data[field]!)) problems.push({ file: twin.file, field, message: 'has a number; write numbers in words here' });
    }
    problems.push(...proseProblems(twin));
  }
  for (const twin of content.articlesEs) {
    if (!content.articles.some((a) => a.id === twin.id) && !content.unreadable.articles.has(twin.id)) problems.push({ file: twin.file, message: `has no English sheet content/articles/${twin.id}.mdx` });
  }
  return problems;
}

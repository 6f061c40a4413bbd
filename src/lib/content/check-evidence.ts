/**
 * Evidence rules: every published fact shows what its first source says and when someone read it,
 * and no date of reading is in the future or before the source existed.
 */
import type { CheckedContent, Problem } from './model.ts';
import type { SourceRef } from './schema.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Checks quotes, dates of reading and headlines against the build day `today`. */
export function evidenceCheck(content: CheckedContent, today: Date): Problem[] {
  const problems: Problem[] = [];
  const sourceYear = new Map(content.sources.map((s) => [s.id, s.data.year]));
  const todayText = day(today);

  const checkDate = (file: string, field: string, date: Date, year: number | null | undefined, what: string) => {
    if (day(date) > todayText) {
      problems.push({ file, field, message: `is ${day(date)}, after today (${todayText}): ${what} must be a day that has passed` });
    } else if (year !== null && year !== undefined && date.getUTCFullYear() < year) {
      problems.push({ file, field, message: `is ${day(date)}, before the source was published (${year}): ${what} cannot precede the source` });
    }
  };
  const checkRefs = (file: string, field: string, refs: SourceRef[] | undefined) =>
    refs?.forEach((ref, i) => {
      const at = `${field}[${i}]`;
      if (ref.quote && !ref.checked) problems.push({ file, field: `${at}.checked`, message: 'is required with a quote: the day someone read it in the source' });
      if (ref.checked && !ref.quote) problems.push({ file, field: `${at}.quote`, message: 'is required with "checked": the words that were read in the source' });
      if (ref.checked) checkDate(file, `${at}.checked`, ref.checked, sourceYear.get(ref.id), 'the day the source was read');
    });

  for (const { file, data } of content.sources) {
    if (data.accessed) checkDate(file, 'accessed', data.accessed, data.year, 'the day the source was read');
    if (data.untitled && data.titleFromAddress) {
      problems.push({ file, field: 'titleFromAddress', message: 'cannot go with "untitled": a headline read from the web address is a headline; keep one of the two' });
    }
  }

  for (const { file, data } of content.facts) {
    checkRefs(file, 'sources', data.sources);
    if (data.status === 'unverified') continue;
    const first = data.sources[0];
    if (first && !first.quote) {
      problems.push({ file, field: 'sources[0].quote', message: `is required: quote, in at most forty of its own words, what source "${first.id}" says, with "locator" and "checked"` });
    }
    if (data.headline && data.value === undefined) {
      problems.push({ file, field: 'headline', message: 'names no figure: the fact has no "value" to show large; remove the headline or add the value' });
    }
    if (data.status === 'verified' && (data.claim === undefined) !== (data.verdict === undefined)) {
      const field = data.claim === undefined ? 'claim' : 'verdict';
      problems.push({ file, field, message: `is required with "${field === 'claim' ? 'verdict' : 'claim'}": a verdict needs the claim it judges, and a claim its verdict` });
    }
  }

  for (const { file, data } of content.datasets) {
    checkRefs(file, 'sources', data.sources);
    data.series.forEach((s, i) => {
      checkRefs(file, `series[${i}].sources`, s.sources);
      s.points.forEach((p, j) => checkRefs(file, `series[${i}].points[${j}].sources`, p.sources));
    });
  }
  return problems;
}

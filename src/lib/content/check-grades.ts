/**
 * Grades by rule: a grade says what kind of evidence stands behind a figure, so the sources read
 * for it must be able to carry it (GRADE_RULES in schema.ts). A key figure never rests only on an
 * opinion column, a tabloid or a content site.
 */
import type { CheckedContent, Problem } from './model.ts';
import { GRADE_RULES, WEAK_OUTLETS, type Grade, type Source, type SourceRef } from './schema.ts';

const KIND_WORDS = { primary: 'a primary source' } as const;

/** What a grade asks of its sources, in words ("a primary source from a government or international-organisation"). */
export function gradeNeeds(grade: Grade): string {
  const rule = GRADE_RULES[grade];
  const types = rule.types ? ` of type ${rule.types.join(', ')}` : '';
  return rule.kind ? `${KIND_WORDS[rule.kind]}${types}` : rule.types ? `a source${types}` : 'any source';
}

/** Whether one source can carry a grade. */
export function carries(grade: Grade, source: Source): boolean {
  const rule = GRADE_RULES[grade];
  return (!rule.kind || source.kind === rule.kind) && (!rule.types || rule.types.includes(source.type));
}

/** The sources read for a figure: those quoted, or every one listed when none is quoted. */
function readSources(refs: SourceRef[]): SourceRef[] {
  const quoted = refs.filter((r) => r.quote);
  return quoted.length > 0 ? quoted : refs;
}

/** Checks every grade against the sources read for it. */
export function gradeCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const check = (file: string, field: string, grade: Grade, refs: SourceRef[]) => {
    const read = readSources(refs);
    // A missing or unreadable source is reported by the reference check.
    if (read.some((r) => !sources.has(r.id))) return;
    if (read.some((r) => carries(grade, sources.get(r.id)!))) return;
    const what = read.map((r) => `"${r.id}" is ${sources.get(r.id)!.kind} ${sources.get(r.id)!.type}`).join('; ');
    problems.push({ file, field, message: `is "${grade}", which needs ${gradeNeeds(grade)} (${what}): choose the grade these sources can carry` });
  };

  for (const { file, data } of content.facts) {
    if (data.status === 'unverified') continue;
    check(file, 'grade', data.grade, data.sources);
    const weakOnly = data.sources.length > 0 && data.sources.every((r) => WEAK_OUTLETS.includes(sources.get(r.id)?.type ?? 'government'));
    if (data.headline && weakOnly) {
      problems.push({
        file,
        field: 'headline',
        message: `makes this a key figure, but its only sources are ${WEAK_OUTLETS.join(', ')} outlets: find a better source or remove the headline`,
      });
    }
  }
  for (const { file, data } of content.datasets) {
    data.series.forEach((s, i) =>
      s.points.forEach((p, j) => {
        const refs = p.sources ?? s.sources ?? data.sources;
        check(file, p.grade ? `series[${i}].points[${j}].grade` : `series[${i}].grade`, p.grade ?? s.grade, refs);
      }),
    );
  }
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(`${p.file} ${p.field} ${p.message}`) && seen.add(`${p.file} ${p.field} ${p.message}`));
}

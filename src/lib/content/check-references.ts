/**
 * References between records: every source, dataset and fact id named exists, fact ids are unique,
 * each fact sits in its sheet's folder, and a fact's figure matches its dataset's unit.
 */
import type { CheckedContent, LoadedFact, Problem } from './model.ts';
import type { SourceRef } from './schema.ts';

/** The facts by id (the first of any duplicate), as the other checks look them up. */
export function factsById(content: CheckedContent): Map<string, LoadedFact> {
  const facts = new Map<string, LoadedFact>();
  for (const fact of content.facts) if (!facts.has(fact.id)) facts.set(fact.id, fact);
  return facts;
}

export function referenceCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const { unreadable } = content;
  const sourceIds = new Set(content.sources.map((s) => s.id));
  const datasets = new Map(content.datasets.map((d) => [d.id, d]));
  const articles = new Set(content.articles.map((a) => a.id));
  const facts = factsById(content);

  const checkSources = (file: string, field: string, refs: SourceRef[] | undefined) =>
    refs?.forEach((ref, i) => {
      if (!sourceIds.has(ref.id) && !unreadable.sources.has(ref.id)) {
        problems.push({ file, field: `${field}[${i}]`, message: `names source "${ref.id}", which does not exist in content/sources/` });
      }
    });

  for (const fact of content.facts) {
    const first = facts.get(fact.id)!;
    if (first !== fact) {
      problems.push({ file: fact.file, message: `fact id "${fact.id}" is already used by ${first.file}; fact ids must be unique` });
      continue;
    }
    if (!articles.has(fact.article) && !unreadable.articles.has(fact.article)) {
      problems.push({ file: fact.file, message: `is in folder "${fact.article}", but there is no article content/articles/${fact.article}.mdx` });
    }
  }

  for (const fact of facts.values()) {
    const { file, data } = fact;
    checkSources(file, 'sources', data.sources);
    if (data.status === 'unverified') continue;
    const hasSlot = data.statement.includes('{value}');
    if (data.value !== undefined && !hasSlot) {
      problems.push({ file, field: 'statement', message: 'must contain {value} where the figure goes, because the fact has a value' });
    }
    if (data.value === undefined && hasSlot) {
      problems.push({ file, field: 'value', message: 'is required because the statement contains {value}' });
    }
    if (data.value !== undefined && !data.unit) {
      problems.push({ file, field: 'unit', message: 'is required when the fact has a value' });
    }
    if (data.dataset) {
      const dataset = datasets.get(data.dataset);
      if (!dataset) {
        if (!unreadable.datasets.has(data.dataset)) {
          problems.push({ file, field: 'dataset', message: `names dataset "${data.dataset}", which does not exist in content/datasets/` });
        }
      } else if (data.unit && data.unit !== dataset.data.unit) {
        problems.push({ file, field: 'unit', message: `is "${data.unit}" but dataset "${dataset.id}" is in "${dataset.data.unit}"` });
      }
    }
    data.newer?.forEach((newerId, i) => {
      const newer = facts.get(newerId);
      const field = `newer[${i}]`;
      if (!newer) {
        if (!unreadable.facts.has(newerId)) problems.push({ file, field, message: `names fact "${newerId}", which does not exist` });
      } else if (newer.data.status === 'unverified') problems.push({ file, field, message: `names fact "${newerId}", which is unverified and cannot be shown as a figure` });
      else if (newer.article !== fact.article) problems.push({ file, field, message: `names fact "${newerId}" from another article ("${newer.article}")` });
    });
  }

  for (const dataset of content.datasets) {
    const { file, data } = dataset;
    checkSources(file, 'sources', data.sources);
    data.series.forEach((s, i) => {
      checkSources(file, `series[${i}].sources`, s.sources);
      if (s.unit && s.unit !== data.unit) {
        problems.push({ file, field: `series[${i}].unit`, message: `is "${s.unit}" but the dataset's unit is "${data.unit}"; series in another unit belong in another dataset` });
      }
      s.points.forEach((p, j) => checkSources(file, `series[${i}].points[${j}].sources`, p.sources));
    });
  }
  return problems;
}

/**
 * What a sheet may hold and where its facts go: Markdown and our components only, no figure typed
 * into prose, every component naming a record that exists, and every published fact of the sheet
 * placed exactly once (directly, or as a newer figure of a placed fact).
 */
import { DATASET_COMPONENTS } from './mdx-read.ts';
import type { CheckedContent, LoadedArticle, Problem } from './model.ts';
import { factsById } from './check-references.ts';

/** Problems of a sheet's text alone, in either language: code, raw HTML, bad links, typed figures. */
export function proseProblems(article: Pick<LoadedArticle, 'file' | 'mdx'>, hint = ''): Problem[] {
  const { file, mdx } = article;
  const problems: Problem[] = [];
  for (const { line, message } of mdx.problems) problems.push({ file, field: `line ${line}`, message });
  for (const { line, text } of mdx.digits) {
    problems.push({ file, field: `line ${line}`, message: `has a number typed into prose ("${text.slice(0, 60)}")${hint}` });
  }
  return problems;
}

export function placementCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const datasets = new Set(content.datasets.map((d) => d.id));
  const facts = factsById(content);
  const { unreadable } = content;
  const factsOfSheet = new Map<string, typeof content.facts>();
  for (const fact of content.facts) factsOfSheet.set(fact.article, [...(factsOfSheet.get(fact.article) ?? []), fact]);
  const sheetsWithUnreadableFacts = new Set(unreadable.facts.values());

  for (const article of content.articles) {
    const { file, body } = article;
    if (!body.trim()) {
      problems.push({ file, message: 'has no content below the frontmatter' });
      continue;
    }
    for (const field of ['title', 'summary', 'contentNote'] as const) {
      const text = article.data[field];
      if (text && /\d/.test(text)) {
        problems.push({ file, field, message: `has a number ("${text.slice(0, 60)}"); write numbers in words here, or put figures in a fact` });
      }
    }
    problems.push(...proseProblems(article, '; put figures in a fact and place it with <FactCard id="…"/> or <Value id="…"/>'));
    const placed = new Map<string, number>();
    for (const use of article.mdx.uses) {
      const field = `line ${use.line}`;
      if ((DATASET_COMPONENTS as readonly string[]).includes(use.component)) {
        if (!datasets.has(use.id) && !unreadable.datasets.has(use.id)) {
          problems.push({ file, field, message: `<${use.component}> names dataset "${use.id}", which does not exist in content/datasets/` });
        }
        continue;
      }
      const fact = facts.get(use.id);
      if (!fact) {
        if (!unreadable.facts.has(use.id)) {
          problems.push({ file, field, message: `<${use.component}> names fact "${use.id}", which does not exist in content/facts/` });
        }
      } else if (fact.data.status === 'unverified') {
        problems.push({ file, field, message: `<${use.component}> places fact "${use.id}", which is unverified: unverified claims are listed automatically under "Claims we could not verify" and may not appear as facts` });
      } else if (use.component === 'FactCard') {
        if (fact.article !== article.id) problems.push({ file, field, message: `<FactCard> places fact "${use.id}" from another article ("${fact.article}"); use <Value> to refer to it` });
        placed.set(use.id, (placed.get(use.id) ?? 0) + 1);
      }
    }
    // Which facts are placed is only known when every fact of the sheet could be read.
    if (sheetsWithUnreadableFacts.has(article.id)) continue;
    // A placed fact places its newer figures, and theirs in turn.
    const placing = [...placed.keys()];
    for (const id of placing) {
      const fact = facts.get(id);
      if (!fact || fact.data.status === 'unverified') continue;
      for (const newerId of fact.data.newer ?? []) {
        if (!placed.has(newerId)) placing.push(newerId);
        placed.set(newerId, (placed.get(newerId) ?? 0) + 1);
      }
    }
    for (const fact of factsOfSheet.get(article.id) ?? []) {
      if (fact.data.status === 'unverified') continue;
      const times = placed.get(fact.id) ?? 0;
      if (times === 0) problems.push({ file, message: `does not place fact "${fact.id}" (${fact.file}); add <FactCard id="${fact.id}" /> or list it under another fact's "newer"` });
      if (times > 1) problems.push({ file, message: `places fact "${fact.id}" ${times} times; a fact has one place (its anchor)` });
    }
  }
  return problems;
}

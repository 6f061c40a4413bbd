/** How an article's facts and sources are numbered: pure, so tests and pages agree. */
import { componentUses } from './mdx-scan.ts';
import type { Fact } from './schema.ts';

export interface ArticlePlan {
  /** Facts placed with <FactCard>, in reading order: their position is the fact's number. */
  numberedFacts: string[];
  /** Sources in the order they are first cited (a fact's own, then its newer figures'). */
  sources: string[];
  /** For each source, the facts that cite it, for back-links from the source list. */
  citedBy: Map<string, string[]>;
}

/** Plans numbering for an article body, given every fact by id. */
export function planArticle(body: string, facts: ReadonlyMap<string, Fact>): ArticlePlan {
  const numberedFacts = componentUses(body)
    .filter((u) => u.component === 'FactCard')
    .map((u) => u.id);
  const citedBy = new Map<string, string[]>();
  const cite = (factId: string) => {
    for (const ref of facts.get(factId)?.sources ?? []) {
      const list = citedBy.get(ref.id) ?? [];
      if (!list.includes(factId)) list.push(factId);
      citedBy.set(ref.id, list);
    }
  };
  for (const id of numberedFacts) {
    cite(id);
    const fact = facts.get(id);
    if (fact && fact.status !== 'unverified') fact.newer?.forEach(cite);
  }
  return { numberedFacts, sources: [...citedBy.keys()], citedBy };
}

/** The citation plan of a fact's own page: its own sources only. */
export function planFact(id: string, fact: Fact): ArticlePlan {
  const sources = [...new Set(fact.sources.map((r) => r.id))];
  return { numberedFacts: [id], sources, citedBy: new Map(sources.map((s) => [s, [id]])) };
}

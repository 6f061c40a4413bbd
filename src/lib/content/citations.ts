/** How an article's facts and sources are numbered: pure, so tests and pages agree. */
import type { ComponentUse } from './mdx-read.ts';
import type { Fact } from './schema.ts';

export interface ArticlePlan {
  /** Facts placed with <FactCard>, in reading order: their position is the fact's number. */
  numberedFacts: string[];
  /** Sources in the order they are first cited, card by card in the order each card shows its figures. */
  sources: string[];
  /** For each source, the facts that cite it, for back-links from the source list. */
  citedBy: Map<string, string[]>;
  /** Datasets charted with <StatChart>, in reading order. */
  charts: string[];
}

/**
 * A published fact and every figure that replaces it, following `newer` to any depth (a → b → c),
 * each once; an unverified fact stands alone.
 */
export function newerChain(id: string, facts: ReadonlyMap<string, Fact>): string[] {
  const chain = [id];
  for (let i = 0; i < chain.length; i++) {
    const fact = facts.get(chain[i]!);
    if (!fact || fact.status === 'unverified') continue;
    for (const newer of fact.newer ?? []) if (!chain.includes(newer)) chain.push(newer);
  }
  return chain;
}

/**
 * The figures a card shows, in the order it shows them: the one whose data are latest first (the
 * placed fact on a tie), then the others from newest to oldest, so the history reads downwards.
 */
export function cardFigures(id: string, facts: ReadonlyMap<string, Fact>): string[] {
  const year = (f: string) => facts.get(f)?.year ?? { from: 0, to: 0 };
  return newerChain(id, facts).toSorted((a, b) => year(b).to - year(a).to || year(b).from - year(a).from);
}

/** Plans numbering for a sheet from its component tags (mdx-read.ts), given every fact by id. */
export function planArticle(uses: readonly ComponentUse[], facts: ReadonlyMap<string, Fact>): ArticlePlan {
  const numberedFacts = uses.filter((u) => u.component === 'FactCard').map((u) => u.id);
  const charts = uses.filter((u) => u.component === 'StatChart').map((u) => u.id);
  const citedBy = new Map<string, string[]>();
  const cite = (factId: string) => {
    for (const ref of facts.get(factId)?.sources ?? []) {
      const list = citedBy.get(ref.id) ?? [];
      if (!list.includes(factId)) list.push(factId);
      citedBy.set(ref.id, list);
    }
  };
  for (const id of numberedFacts) cardFigures(id, facts).forEach(cite);
  return { numberedFacts, sources: [...citedBy.keys()], citedBy, charts };
}

/** The citation plan of a fact's own page: its own sources only. */
export function planFact(id: string, fact: Fact): ArticlePlan {
  const sources = [...new Set(fact.sources.map((r) => r.id))];
  return {
    numberedFacts: [id],
    sources,
    citedBy: new Map(sources.map((s) => [s, [id]])),
    charts: fact.status !== 'unverified' && fact.dataset ? [fact.dataset] : [],
  };
}

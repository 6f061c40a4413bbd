/** The handout builder's reading of its address (?facts=a,b,c): pure, so the page and tests agree. */

/** What the handout page knows about fact ids, sent to the browser as JSON. */
export interface HandoutIds {
  /** Every published fact id. */
  facts: string[];
  /** Old fact ids and the fact each now leads to (content/permalinks.yaml). */
  moved: Record<string, string>;
  /** The embed page of a fact, with "{id}" in place of its id. */
  embed: string;
}

/** The facts a handout address names, in its order, each once: found (old ids followed) and unknown. */
export function resolveFacts(param: string | null, ids: HandoutIds): { found: string[]; unknown: string[] } {
  const known = new Set(ids.facts);
  const found: string[] = [];
  const unknown: string[] = [];
  for (const raw of (param ?? '').split(',')) {
    const id = raw.trim();
    if (!id) continue;
    const target = known.has(id) ? id : ids.moved[id];
    if (target && known.has(target)) {
      if (!found.includes(target)) found.push(target);
    } else if (!unknown.includes(id)) unknown.push(id);
  }
  return { found, unknown };
}

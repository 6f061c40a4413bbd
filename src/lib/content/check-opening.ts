/**
 * What a sheet opens with, under its title: its "In brief" (sentences that name figures and years
 * only by placeholders, in both languages) and the key figures it names (each a published, current
 * headline figure placed on the sheet, never resting only on weak outlets).
 */
import { newerChain } from './citations.ts';
import { placeholdersOf, resolveBriefPlaceholder, typedDigits } from './in-brief.ts';
import type { CheckedContent, Problem } from './model.ts';
import { WEAK_OUTLETS, type Fact } from './schema.ts';

export function openingCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const facts = new Map<string, Fact>(content.facts.map((f) => [f.id, f.data]));
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const unreadable = (id: string) => content.unreadable.facts.has(id);

  for (const { file, data } of [...content.articles, ...content.articlesEs]) {
    (data.inBrief ?? []).forEach((sentence, i) => {
      const field = `inBrief[${i}]`;
      const typed = typedDigits(sentence);
      if (typed.length > 0) {
        problems.push({
          file,
          field,
          message: `types ${typed.map((t) => `"${t}"`).join(', ')}: name a figure with {fact:<fact-id>} and its year with {year:<fact-id>}, so each comes from its record`,
        });
      }
      for (const inner of placeholdersOf(sentence)) {
        const named = resolveBriefPlaceholder(inner, facts);
        if (typeof named === 'string' && !unreadable(inner.replace(/^\w+:/, ''))) problems.push({ file, field, message: named });
      }
    });
  }

  // The Spanish says what the English says: as many sentences, each naming the same figures and years.
  const english = new Map(content.articles.map((a) => [a.id, a.data.inBrief]));
  for (const { file, id, data } of content.articlesEs) {
    const en = english.get(id);
    if (!en || !data.inBrief) continue;
    if (en.length !== data.inBrief.length) {
      problems.push({ file, field: 'inBrief', message: `has ${data.inBrief.length} sentences, but the English has ${en.length}: translate each sentence` });
      continue;
    }
    data.inBrief.forEach((sentence, i) => {
      const names = (s: string) => placeholdersOf(s).toSorted().join(', ');
      if (names(sentence) !== names(en[i]!)) {
        problems.push({
          file,
          field: `inBrief[${i}]`,
          message: `names ${names(sentence) || 'no figure'}, but the English sentence names ${names(en[i]!) || 'no figure'}: name the same figures and years`,
        });
      }
    });
  }

  for (const { file, data, mdx } of content.articles) {
    if (!data.keyFigures) continue;
    // The figures the sheet's cards show: a fact placed directly or as a newer figure of a placed one.
    const onSheet = new Set(mdx.uses.filter((u) => u.component === 'FactCard').flatMap((u) => newerChain(u.id, facts)));
    const seen = new Set<string>();
    data.keyFigures.forEach((id, i) => {
      const field = `keyFigures[${i}]`;
      const fail = (message: string): void => void problems.push({ file, field, message });
      if (seen.has(id)) return fail(`names "${id}" twice`);
      seen.add(id);
      if (unreadable(id)) return;
      const fact = facts.get(id);
      if (!fact) return fail(`names no fact "${id}"`);
      if (fact.status === 'unverified') return fail(`names "${id}", a claim we could not verify, which is never a key figure`);
      if (!onSheet.has(id)) return fail(`names "${id}", which no card of this sheet shows: key figures link to the sheet's own cards`);
      if (!fact.headline || fact.value === undefined) {
        return fail(`names "${id}", which has no "headline" and "value": a key figure is shown large with its label`);
      }
      if (fact.newer?.length) {
        return fail(`names "${id}", which newer figures replace (${fact.newer.join(', ')}): name the newest figure of the series`);
      }
      const weakOnly = fact.sources.every((r) => WEAK_OUTLETS.includes(sources.get(r.id)?.type ?? 'government'));
      if (weakOnly) fail(`names "${id}", whose only sources are ${WEAK_OUTLETS.join(', ')} outlets: a key figure rests on better evidence`);
    });
  }
  return problems;
}

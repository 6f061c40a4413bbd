/** Every correction on the site, newest first: for the corrections page and its feed. */
import { articleData, type Store } from './store.ts';
import { statementText } from './fact-text.ts';
import { factText } from './localize.ts';
import type { Lang } from '../format.ts';

export interface CorrectionEntry {
  factId: string;
  article: { slug: string; title: string };
  date: Date;
  original: string;
  explanation: string;
  statement: string;
}

export function corrections(store: Store, lang: Lang = 'en'): CorrectionEntry[] {
  const list: CorrectionEntry[] = [];
  for (const [factId, fact] of store.facts) {
    if (fact.status !== 'corrected') continue;
    const slug = store.model.factSheet.get(factId)!;
    const sheet = articleData(store, slug, lang);
    const text = factText(fact, lang);
    list.push({
      factId,
      article: { slug, title: sheet.title },
      date: fact.correction.date ?? sheet.reviewed,
      original: text.correction!.original,
      explanation: text.correction!.explanation,
      statement: statementText(fact, lang),
    });
  }
  return list.sort((a, b) => b.date.getTime() - a.date.getTime() || a.factId.localeCompare(b.factId));
}

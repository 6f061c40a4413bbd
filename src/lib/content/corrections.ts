/** Every correction on the site, newest first: for the corrections page and its feed. */
import type { Store } from './store.ts';
import { statementText } from './fact-text.ts';

export interface CorrectionEntry {
  factId: string;
  article: { slug: string; title: string };
  date: Date;
  original: string;
  explanation: string;
  statement: string;
}

export function corrections(store: Store): CorrectionEntry[] {
  const titles = new Map(store.articles.map((a) => [a.id, a.data]));
  const list: CorrectionEntry[] = [];
  for (const [factId, fact] of store.facts) {
    if (fact.status !== 'corrected') continue;
    const slug = store.factArticle.get(factId)!;
    const sheet = titles.get(slug)!;
    list.push({
      factId,
      article: { slug, title: sheet.title },
      date: fact.correction.date ?? sheet.reviewed,
      original: fact.correction.original,
      explanation: fact.correction.explanation,
      statement: statementText(fact),
    });
  }
  return list.sort((a, b) => b.date.getTime() - a.date.getTime() || a.factId.localeCompare(b.factId));
}

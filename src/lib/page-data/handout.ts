/** The handout builder: every published fact a reader can tick, by sheet, and the old ids it follows. */
import { statementText } from '../content/fact-text.ts';
import { articleData, factsOfSheet, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { shownHelpLines } from './parts.ts';
import type { PageLocals } from './page.ts';

export interface HandoutPageData extends PageLocals {
  /** Every sheet in order, with its published facts: statement and data year. */
  sheets: { slug: string; title: string; facts: { id: string; text: string; year: string }[] }[];
  /** Old fact ids and the fact each became; the builder follows them as links do. */
  moved: Record<string, string>;
}

/** Everything the handout builder offers, in a language. */
export function handoutPageData(store: Store, lang: Lang): HandoutPageData {
  return {
    sheets: store.articles.map((entry) => ({
      slug: entry.id,
      title: articleData(store, entry.id, lang).title,
      facts: factsOfSheet(store, entry.id).flatMap(([id, fact]) =>
        fact.status === 'unverified' ? [] : [{ id, text: statementText(fact, lang), year: fact.year.label }],
      ),
    })),
    moved: Object.fromEntries(
      store.model.redirects.filter((r) => r.kind === 'fact' && r.toKind === 'fact').map((r) => [r.from, r.to]),
    ),
    helpLines: shownHelpLines(store),
  };
}

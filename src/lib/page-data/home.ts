/** The home page: every sheet, in the order of the sheets. */
import type { ArticleData } from '../content/schema.ts';
import { articleData, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { shownHelpLines } from './parts.ts';
import type { PageLocals } from './page.ts';

export interface HomePageData extends PageLocals {
  /** Every sheet, in order, with its frontmatter in the page's language. */
  sheets: { slug: string; data: ArticleData }[];
}

/** Everything the home page shows, in a language. */
export function homePageData(store: Store, lang: Lang): HomePageData {
  return {
    sheets: store.articles.map((a) => ({ slug: a.id, data: articleData(store, a.id, lang) })),
    helpLines: shownHelpLines(store),
  };
}

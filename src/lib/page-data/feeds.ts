/** The RSS feeds: the fact sheets, and the corrections. */
import type { ArticleData } from '../content/schema.ts';
import { articleData, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { localePath } from '../locales.ts';
import { correctionList, type Correction } from './corrections.ts';

/** Every sheet, in order, with its frontmatter in the feed's language and its path. */
export function sheetsFeedData(store: Store, lang: Lang): { path: string; data: ArticleData }[] {
  return store.articles.map((a) => ({
    path: localePath(lang, `/articles/${a.id}/`),
    data: articleData(store, a.id, lang),
  }));
}

/** Every correction, newest first, in the feed's language. */
export function correctionsFeedData(store: Store, lang: Lang): Correction[] {
  return correctionList(store, lang);
}

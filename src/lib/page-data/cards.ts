/** The share cards (1200×630 PNG) of a fact and of a sheet: what they show, before it is put in words. */
import type { FigureFreshness } from '../content/freshness.ts';
import type { ArticleData, PublishedFact, Source } from '../content/schema.ts';
import { articleData, factFreshness, factPageHref, publishedFact, sourceOf, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { localePath } from '../locales.ts';

export interface FactCardData {
  fact: PublishedFact;
  /** The first source it cites, which the card names. */
  source: Source;
  freshness: FigureFreshness;
  /** The path of the fact's page, printed on the card. */
  path: string;
}

/** What a fact's share card shows, in a language. */
export function factCardData(store: Store, id: string, lang: Lang): FactCardData {
  const fact = publishedFact(store, id);
  return {
    fact,
    source: sourceOf(store, fact.sources[0]!.id),
    freshness: factFreshness(store, id),
    path: factPageHref(id, lang),
  };
}

/** What a sheet's share card shows, in a language: its frontmatter and the path of its page. */
export function sheetCardData(store: Store, slug: string, lang: Lang): { data: ArticleData; path: string } {
  return { data: articleData(store, slug, lang), path: localePath(lang, `/articles/${slug}/`) };
}

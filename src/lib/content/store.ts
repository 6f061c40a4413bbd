/**
 * The only module that reads Astro's content collections. Everything is loaded once per
 * build and indexed by id, so pages never search lists (no quadratic lookups).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { planArticle, type ArticlePlan } from './citations.ts';
import type { Dataset, Fact, PublishedFact, Source } from './schema.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface Store {
  articles: ArticleEntry[];
  facts: Map<string, Fact>;
  /** Article slug of each fact (its folder in content/facts/). */
  factArticle: Map<string, string>;
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  plans: Map<string, ArticlePlan>;
}

let cached: Promise<Store> | undefined;

async function load(): Promise<Store> {
  const [articles, factEntries, sourceEntries, datasetEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('facts'),
    getCollection('sources'),
    getCollection('datasets'),
  ]);
  articles.sort((a, b) => a.data.order - b.data.order);
  const facts = new Map(factEntries.map((e) => [e.id, e.data]));
  const factArticle = new Map(factEntries.map((e) => [e.id, e.filePath?.split('/').at(-2) ?? '']));
  const plans = new Map(articles.map((a) => [a.id, planArticle(a.body ?? '', facts)]));
  return {
    articles,
    facts,
    factArticle,
    sources: new Map(sourceEntries.map((e) => [e.id, e.data])),
    datasets: new Map(datasetEntries.map((e) => [e.id, e.data])),
    plans,
  };
}

/** Everything in content/, loaded once. */
export function getStore(): Promise<Store> {
  cached ??= load();
  return cached;
}

/** A published (verified or corrected) fact; throws for unknown or unverified ids. */
export function publishedFact(store: Store, id: string): PublishedFact {
  const fact = store.facts.get(id);
  if (!fact || fact.status === 'unverified') throw new Error(`fact "${id}" is not a published fact`);
  return fact;
}

/** Path of a fact's place in its article. */
export function factHref(store: Store, id: string): string {
  return `/articles/${store.factArticle.get(id)}/#${id}`;
}

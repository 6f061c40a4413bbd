/**
 * Everything pages know about the content, indexed by id so pages never search lists (no quadratic
 * lookups): the records the content check read, by one parser, and what they mean (site-model.ts).
 * Pure apart from getStore(), which loads the checked content once per build; tests build a store
 * from fixture content with storeOf().
 */
import { checkedContent } from './checked.ts';
import type { ArticlePlan } from './citations.ts';
import { modelOf, type Place, type SiteModel } from './site-model.ts';
import { inLanguage } from './localize.ts';
import { figureFreshness, type FigureFreshness } from './freshness.ts';
import { datasetRefs } from '../charts/downloads.ts';
import type { CheckedContent, LoadedArticle, LoadedSheet } from './model.ts';
import type { ArticleData, ArticleSpanishData, Classroom, Dataset, Fact, HelpLines, PublishedFact, Schedule, Source } from './schema.ts';
import type { Lang } from '../format.ts';
import { localePath } from '../locales.ts';

export type ArticleEntry = LoadedArticle;
export type ArticleEsEntry = LoadedSheet<ArticleSpanishData>;

export interface Store {
  /** The English sheets, in their order. */
  articles: ArticleEntry[];
  /** The English sheets, by slug. */
  articlesById: Map<string, ArticleEntry>;
  /** Spanish twins, by slug. */
  articlesEs: Map<string, ArticleEsEntry>;
  facts: Map<string, Fact>;
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  /** What the content means: plans, cards, places, key figures, redirects (site-model.ts). */
  model: SiteModel;
  /** Help lines, from content/help-lines.yaml. */
  helpLines: HelpLines;
  /** Classroom editions (content/classroom/), by sheet slug. */
  classroom: Map<string, Classroom>;
  /** Schedules of recurring publications (content/schedules.yaml), by id. */
  schedules: Record<string, Schedule>;
  /** The build day, against which what is current or overdue is worked out. */
  today: Date;
}

const stores = new WeakMap<CheckedContent, Store>();

/** The store of checked content, indexed once per check. */
export function storeOf(checked: CheckedContent): Store {
  let store = stores.get(checked);
  if (store) return store;
  const articles = checked.articles.toSorted((a, b) => a.data.order - b.data.order);
  store = {
    articles,
    articlesById: new Map(articles.map((a) => [a.id, a])),
    articlesEs: new Map(checked.articlesEs.map((a) => [a.id, a])),
    facts: new Map(checked.facts.map((f) => [f.id, f.data])),
    sources: new Map(checked.sources.map((e) => [e.id, e.data])),
    datasets: new Map(checked.datasets.map((e) => [e.id, e.data])),
    model: modelOf(checked),
    helpLines: checked.helpLines,
    classroom: new Map(checked.classroom.map((c) => [c.id, c.data])),
    schedules: checked.schedules,
    today: checked.today,
  };
  stores.set(checked, store);
  return store;
}

/** This build's store (under the dev server, of the content as it stands after the last edit). */
export async function getStore(): Promise<Store> {
  return storeOf(await checkedContent(process.cwd()));
}

/** A published (verified or corrected) fact; throws for unknown or unverified ids. */
export function publishedFact(store: Store, id: string): PublishedFact {
  const fact = store.facts.get(id);
  if (!fact || fact.status === 'unverified') throw new Error(`fact "${id}" is not a published fact`);
  return fact;
}

/** Every published (verified or corrected) fact, by id. */
export function publishedFacts(store: Store): [string, PublishedFact][] {
  return [...store.facts].flatMap(([id, fact]) => (fact.status === 'unverified' ? [] : [[id, fact] as [string, PublishedFact]]));
}

/** Path of a fact's own page, in a language. */
export function factPageHref(id: string, lang: Lang = 'en'): string {
  return localePath(lang, `/facts/${id}/`);
}

/** Path of a fact's place in its article, in a language. */
export function factHref(store: Store, id: string, lang: Lang = 'en'): string {
  return localePath(lang, `/articles/${store.model.factSheet.get(id)}/#${id}`);
}

/** An article's frontmatter in a language: the Spanish sheet gives its translated fields, the English the rest. */
export function articleData(store: Store, slug: string, lang: Lang): ArticleData {
  const english = store.articlesById.get(slug);
  if (!english) throw new Error(`no article "${slug}"`);
  return lang === 'es' ? inLanguage(english.data, store.articlesEs.get(slug)!.data) : english.data;
}

/** A record the content check guarantees; a miss is a bug in the site's code, named here. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not in the checked content`);
  return value;
}

/** A source by id. */
export function sourceOf(store: Store, id: string): Source {
  return must(store.sources.get(id), `source "${id}"`);
}

/** A dataset by id. */
export function datasetOf(store: Store, id: string): Dataset {
  return must(store.datasets.get(id), `dataset "${id}"`);
}

/** Where a published fact stands: its sheet, its card's number and the card it sits in. */
export function placeOf(store: Store, factId: string): Place {
  return must(store.model.places.get(factId), `the place of fact "${factId}"`);
}

/** The sheet that places a chart with <StatChart>, if any. */
export function chartSheet(store: Store, datasetId: string): ArticleEntry | undefined {
  const slug = store.model.chartSheet.get(datasetId);
  return slug === undefined ? undefined : store.articlesById.get(slug);
}

/**
 * Where a chart is seen in full: the sheet that places it (and its anchor there), or else the
 * page of the first fact drawn from it.
 */
export function chartHome(store: Store, datasetId: string, lang: Lang): string {
  const sheet = chartSheet(store, datasetId);
  if (sheet) return localePath(lang, `/articles/${sheet.id}/#chart-${datasetId}`);
  const fact = publishedFacts(store).find(([, f]) => f.dataset === datasetId);
  return fact ? factPageHref(fact[0], lang) : localePath(lang, '/');
}

/** A sheet's plan: its numbered facts, charts and citations. */
export function planOf(store: Store, slug: string): ArticlePlan {
  return must(store.model.plans.get(slug), `sheet "${slug}"`);
}

/** Every fact of a sheet (its folder), with its id. */
export function factsOfSheet(store: Store, slug: string): [string, Fact][] {
  return (store.model.sheetFacts.get(slug) ?? []).map((id) => [id, must(store.facts.get(id), `fact "${id}"`)]);
}

/** A sheet's key figures, newest data first (site-model.ts). */
export function keyFiguresOf(store: Store, slug: string): [string, PublishedFact][] {
  return (store.model.keyFigures.get(slug) ?? []).map((id) => [id, publishedFact(store, id)]);
}

/** How current a published fact is: the day it was checked and, for a recurring publication, its next edition. */
export function factFreshness(store: Store, id: string): FigureFreshness {
  const fact = publishedFact(store, id);
  return figureFreshness(fact, fact.sources, store.schedules, store.today);
}

/** How current a dataset is: the day it was checked and, for a recurring publication, its next edition. */
export function datasetFreshness(store: Store, id: string): FigureFreshness {
  const d = datasetOf(store, id);
  return figureFreshness(d, datasetRefs(d), store.schedules, store.today);
}

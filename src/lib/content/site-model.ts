/**
 * What the checked content means for the site, worked out once per check: each sheet's plan
 * (cards, charts, citation order), the figures of every card (`newer` chains of any depth), where
 * each fact is placed, each sheet's key figures, and the redirects. The store, cache keys, routes,
 * search and oEmbed files read it; nothing works it out again. Pure, so tests build it from fixtures.
 */
import type { CheckedContent } from './model.ts';
import { cardFigures, planArticle, type ArticlePlan } from './citations.ts';
import { sheetKeyFigures } from './key-figures.ts';
import { redirectsOf, type Redirect } from './permalinks.ts';
import type { Fact } from './schema.ts';

/** Where a published fact stands: its sheet, its card's number there and the card it sits in. */
export interface Place {
  article: string;
  number: number;
  card: string;
}

export interface SiteModel {
  /** Each sheet's plan (from the English sheet; the check makes the Spanish one place the same tags), by slug, in reading order of the sheets. */
  plans: Map<string, ArticlePlan>;
  /** The figures each placed card shows, in the order it shows them, by the id of the placed fact. */
  cards: Map<string, string[]>;
  /** Where each published fact stands, by fact id. */
  places: Map<string, Place>;
  /** Each sheet's key figures (fact ids: those its frontmatter names, in order, or else its newest headline figures), by slug. */
  keyFigures: Map<string, string[]>;
  /** The sheet (folder) of each fact, by fact id. */
  factSheet: Map<string, string>;
  /** The facts of each sheet's folder, by slug. */
  sheetFacts: Map<string, string[]>;
  /** The facts each sheet quotes in its prose with <Value>, by slug. */
  quotes: Map<string, string[]>;
  /** The sheet that charts each dataset with <StatChart>, by dataset id. */
  chartSheet: Map<string, string>;
  /** Old fact ids that now lead to a fact, by the fact they lead to. */
  aliases: Map<string, string[]>;
  /** Registered addresses that moved (content/permalinks.yaml). */
  redirects: Redirect[];
}

/** The model of checked content; `facts` by id is passed when the caller already holds it. */
export function siteModel(
  content: CheckedContent,
  facts: ReadonlyMap<string, Fact> = new Map(content.facts.map((f) => [f.id, f.data])),
): SiteModel {
  const sheets = content.articles.toSorted((a, b) => a.data.order - b.data.order);
  const plans = new Map(sheets.map((a) => [a.id, planArticle(a.mdx.uses, facts)]));
  const cards = new Map<string, string[]>();
  const places = new Map<string, Place>();
  const keyFigures = new Map<string, string[]>();
  const chartSheet = new Map<string, string>();
  const quotes = new Map(sheets.map((a) => [a.id, a.mdx.uses.filter((u) => u.component === 'Value').map((u) => u.id)]));
  for (const [article, plan] of plans) {
    plan.numberedFacts.forEach((card, i) => {
      const figures = cardFigures(card, facts);
      cards.set(card, figures);
      for (const id of figures) places.set(id, { article, number: i + 1, card });
    });
    const named = sheets.find((a) => a.id === article)!.data.keyFigures;
    keyFigures.set(article, named ?? sheetKeyFigures(plan.numberedFacts, facts).map(([id]) => id));
    for (const dataset of plan.charts) if (!chartSheet.has(dataset)) chartSheet.set(dataset, article);
  }
  const factSheet = new Map(content.facts.map((f) => [f.id, f.article]));
  const sheetFacts = new Map<string, string[]>();
  for (const [id, sheet] of factSheet) sheetFacts.set(sheet, [...(sheetFacts.get(sheet) ?? []), id]);
  const redirects = redirectsOf(content.permalinks);
  const aliases = new Map<string, string[]>();
  for (const r of redirects) {
    if (r.kind === 'fact' && r.toKind === 'fact') aliases.set(r.to, [...(aliases.get(r.to) ?? []), r.from]);
  }
  return { plans, cards, places, keyFigures, factSheet, sheetFacts, quotes, chartSheet, aliases, redirects };
}

const models = new WeakMap<CheckedContent, SiteModel>();
/** The model of checked content, worked out once per check (the content object is kept per build). */
export function modelOf(content: CheckedContent): SiteModel {
  let model = models.get(content);
  if (!model) models.set(content, (model = siteModel(content)));
  return model;
}

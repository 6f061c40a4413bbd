/**
 * A fact sheet's page data: its text in the page's language, its plan, cards, quoted figures,
 * charts, key figures, unverified claims, sources, help lines and its Article JSON-LD.
 */
import type { ArticlePlan } from '../content/citations.ts';
import { briefParts, type BriefPart } from '../content/in-brief.ts';
import { datasetText } from '../content/localize.ts';
import type { ArticleData, Fact, PublishedFact, Source } from '../content/schema.ts';
import { articleData, factsOfSheet, keyFiguresOf, planOf, sourceOf, type Store } from '../content/store.ts';
import { isoDay, type Lang } from '../format.ts';
import { LOCALES, localePath } from '../locales.ts';
import { SITE, siteName } from '../site.ts';
import { chartsOf, figureOf, quotedFigures, shownHelpLines, sourcesById } from './parts.ts';
import type { CardData, ChartData, PageLocals, QuotedFigure } from './page.ts';

/** A claim of the original article we could not verify. */
export type UnverifiedClaim = { id: string; fact: Extract<Fact, { status: 'unverified' }> };

export interface SheetPageData extends PageLocals {
  slug: string;
  /** The sheet's frontmatter in the page's language. */
  data: ArticleData;
  /** The English sheet's frontmatter: its original article is the one whose claims are reviewed. */
  english: ArticleData;
  plan: ArticlePlan;
  /** The sheet's address, absolute. */
  url: string;
  /** Path of its share card. */
  card: string;
  /** The latest year any of its facts describes ("data as of", in print). */
  dataAsOf: number;
  /** Its "In brief": each sentence in parts, every figure and year filled from its fact. */
  inBrief: BriefPart[][];
  /** The figures it opens with: those its frontmatter names, else its current headline figures, newest data first. */
  keyFigures: [string, PublishedFact][];
  unverified: UnverifiedClaim[];
  /** Every source the sheet cites, its claims' included, by id. */
  sources: ReadonlyMap<string, Source>;
  /** Whether the sheet has a classroom edition. */
  hasClassroom: boolean;
  /** Its charts, in reading order, with their titles (each announces its oEmbed file). */
  chartLinks: { id: string; title: string }[];
  /** Structured data for search engines and reference managers; the sources are the citations. */
  jsonLd: Record<string, unknown>;
  cards: ReadonlyMap<string, CardData>;
  values: ReadonlyMap<string, QuotedFigure>;
  charts: ReadonlyMap<string, ChartData>;
}

/** The cards a sheet places, by placed fact id: each with its figures in the order it shows them. */
export function sheetCards(store: Store, slug: string, lang: Lang): Map<string, CardData> {
  const plan = planOf(store, slug);
  return new Map(
    plan.numberedFacts.map((id, i) => {
      const [lead, ...history] = (store.model.cards.get(id) ?? [id]).map((figure) => figureOf(store, figure, lang));
      return [id, { number: i + 1, lead: lead!, history, aliases: store.model.aliases.get(id) ?? [], plan }];
    }),
  );
}

/** Everything a sheet's page shows, in a language; `site` makes its addresses absolute. */
export function sheetPageData(store: Store, slug: string, lang: Lang, site: URL | undefined): SheetPageData {
  const data = articleData(store, slug, lang);
  const english = articleData(store, slug, 'en');
  const plan = planOf(store, slug);
  const url = new URL(localePath(lang, `/articles/${slug}/`), site).href;
  const card = localePath(lang, `/cards/articles/${slug}.png`);
  const ownFacts = factsOfSheet(store, slug);
  const unverified = ownFacts.flatMap(([id, fact]) => (fact.status === 'unverified' ? [{ id, fact }] : []));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url,
    inLanguage: LOCALES[lang].tag,
    datePublished: isoDay(data.published),
    dateModified: isoDay(data.reviewed),
    author: { '@type': 'Organization', name: siteName(lang) },
    publisher: { '@type': 'Organization', name: siteName(lang) },
    image: new URL(card, site).href,
    license: SITE.licence.url,
    isBasedOn: { '@type': 'BlogPosting', headline: data.original.title, author: data.original.author },
    citation: plan.sources.map((id) => {
      const s = sourceOf(store, id);
      return { '@type': 'CreativeWork', name: s.title, publisher: s.publisher, url: s.url };
    }),
  };
  const charts = chartsOf(store, plan.charts, plan.sources);
  return {
    slug,
    data,
    english,
    plan,
    url,
    card,
    dataAsOf: Math.max(...ownFacts.map(([, f]) => f.year.to)),
    inBrief: (data.inBrief ?? []).map((sentence) => briefParts(sentence, lang, store.facts)),
    keyFigures: keyFiguresOf(store, slug),
    unverified,
    sources: sourcesById(store, [...plan.sources, ...unverified.flatMap(({ fact }) => fact.sources.map((r) => r.id))]),
    hasClassroom: store.classroom.has(slug),
    chartLinks: plan.charts.map((id) => ({ id, title: datasetText(charts.get(id)!.dataset, lang).title })),
    jsonLd,
    helpLines: shownHelpLines(store, slug),
    cards: sheetCards(store, slug, lang),
    values: quotedFigures(store, store.model.quotes.get(slug) ?? [], lang),
    charts,
  };
}

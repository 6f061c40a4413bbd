/**
 * What every page puts on `Astro.locals.page` for the components rendered deep inside it: the help
 * lines (in the layout), and on a sheet the cards, quoted figures and charts its MDX places. It is
 * Starlight's `Astro.locals.starlightRoute`: worked out once per page by the page-data builders,
 * read by components that cannot be handed props (they sit in MDX or in a layout). Types and
 * accessors only, so a component that reads its page's data loads nothing of the store.
 */
import type { ArticlePlan } from '../content/citations.ts';
import type { FigureFreshness } from '../content/freshness.ts';
import type { Dataset, HelpLines, PublishedFact, Source } from '../content/schema.ts';

/** The help lines a page shows (HelpLines), with the day their numbers were checked. */
export interface ShownHelpLines {
  lines: HelpLines['lines'];
  checked: Date;
  checkedIn: HelpLines['checkedIn'];
}

/** One figure as a page shows it: the fact, how current it is, and the old ids that lead to it. */
export interface Figure {
  id: string;
  fact: PublishedFact;
  freshness: FigureFreshness;
  /** Path of its own page, in the page's language. */
  page: string;
  /** Old ids (content/permalinks.yaml) that now lead here, kept as anchors so shared links land. */
  aliases: string[];
}

/** A numbered card of a sheet (FactCard): its lead figure, the others newest first, and their sheet's plan. */
export interface CardData {
  /** The card's number on its sheet. */
  number: number;
  /** The figure whose data are latest: the card shows it first and shares it. */
  lead: Figure;
  /** The card's other figures, newest first. */
  history: Figure[];
  /** The placed fact's own old ids (its anchor is the card). */
  aliases: string[];
  /** The sheet's plan, which numbers the citations. */
  plan: ArticlePlan;
}

/** A figure referred to in prose (Value): the fact and its place on its sheet. */
export interface QuotedFigure {
  fact: PublishedFact;
  /** The fact's place in its sheet, in the page's language. */
  href: string;
}

/** A chart (StatChart): its dataset, how current it is, and every source it cites, by id. */
export interface ChartData {
  dataset: Dataset;
  freshness: FigureFreshness;
  sources: ReadonlyMap<string, Source>;
  /** Its sources that the page's own source list numbers, with their numbers there. */
  listed: ReadonlyMap<string, number>;
}

/** What the components deep inside a page read from `Astro.locals.page`. */
export interface PageLocals {
  helpLines: ShownHelpLines;
  /** The cards the page's MDX places, by the id of the placed fact. */
  cards?: ReadonlyMap<string, CardData>;
  /** The figures the page's MDX quotes, by fact id. */
  values?: ReadonlyMap<string, QuotedFigure>;
  /** The charts the page shows, by dataset id. */
  charts?: ReadonlyMap<string, ChartData>;
}

/**
 * The page's data from `Astro.locals`, for a component rendered inside a page; a page component that
 * did not set it is a bug in the site's code, named with the component that needed it.
 */
export function pageLocals(locals: { page?: PageLocals | undefined }, component: string): PageLocals {
  if (!locals.page) {
    throw new Error(
      `<${component}> reads its data from Astro.locals.page, which its page component did not set (src/components/pages/, src/components/embeds/)`,
    );
  }
  return locals.page;
}

/** One entry of a map of the page's data; a miss names the component and what it asked for. */
export function pagePart<T>(map: ReadonlyMap<string, T> | undefined, id: string, component: string, what: string): T {
  const value = map?.get(id);
  if (value === undefined)
    throw new Error(`<${component}> shows ${what} "${id}", which is not in its page's data (Astro.locals.page)`);
  return value;
}

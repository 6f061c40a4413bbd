/**
 * A sheet's key figures: its current headline figures, newest data first. A figure is current when
 * no newer figure of the same series replaces it (a fact listing `newer` facts is the older one).
 */
import { cardFigures } from './citations.ts';
import { KEY_FIGURES_MAX, type Fact, type PublishedFact } from './schema.ts';

/** At most this many figures head a sheet: enough to take in at a glance. */
export const MAX_KEY_FIGURES = KEY_FIGURES_MAX;

/**
 * The key figures of a sheet, from its facts in reading order: facts with a headline and a figure
 * that nothing newer replaces, sorted by the last year their data describe (newest first; ties keep
 * reading order), at most `max`.
 */
export function keyFigures(facts: [string, Fact][], max = MAX_KEY_FIGURES): [string, PublishedFact][] {
  const current = facts.flatMap(([id, fact]) =>
    fact.status !== 'unverified' && fact.headline && fact.value !== undefined && !fact.newer?.length
      ? [[id, fact] as [string, PublishedFact]]
      : [],
  );
  return current
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry[1].year.to - a.entry[1].year.to || a.order - b.order)
    .slice(0, max)
    .map(({ entry }) => entry);
}

/** The key figures of a sheet whose cards place `numberedFacts`, each card's figures read as the card shows them. */
export function sheetKeyFigures(numberedFacts: string[], facts: ReadonlyMap<string, Fact>): [string, PublishedFact][] {
  return keyFigures(
    numberedFacts.flatMap((id) =>
      cardFigures(id, facts).flatMap((figure) => {
        const fact = facts.get(figure);
        return fact ? [[figure, fact] as [string, Fact]] : [];
      }),
    ),
  );
}

/** The sources page: every source by publisher, each with what it is cited for, sheet by sheet. */
import { publisherText } from '../content/localize.ts';
import type { Source } from '../content/schema.ts';
import { articleData, factHref, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { shownHelpLines } from './parts.ts';
import type { PageLocals } from './page.ts';

/** A fact citing a source, as readers know it: by its card's number (none for a claim we could not verify). */
export interface CitingFact {
  number: number | undefined;
  href: string;
}

export interface ListedSource {
  id: string;
  source: Source;
  /** The sheets whose facts cite it, each with its citing facts in the order of the sheet. */
  citedFor: { sheet: string; facts: CitingFact[] }[];
}

export interface SourcesPageData extends PageLocals {
  /** Publishers in alphabetical order, each with its sources. */
  publishers: { publisher: string; sources: ListedSource[] }[];
}

/** Everything the sources page shows, in a language. */
export function sourcesPageData(store: Store, lang: Lang): SourcesPageData {
  const citedBy = new Map<string, string[]>();
  for (const [factId, fact] of store.facts) {
    for (const ref of fact.sources) citedBy.set(ref.id, [...(citedBy.get(ref.id) ?? []), factId]);
  }
  const citedFor = (sourceId: string) =>
    [...Map.groupBy(citedBy.get(sourceId) ?? [], (factId) => store.model.factSheet.get(factId)!)].map(
      ([sheet, ids]) => ({
        sheet: articleData(store, sheet, lang).title,
        // A card's newer figures share its number: one link per number, in the order of the sheet; claims
        // we could not verify, which have no number, come last and are listed once (by the last of them).
        facts: [
          ...new Map(
            ids
              .map((id) => ({ id, place: store.model.places.get(id) }))
              .toSorted((a, b) => (a.place?.number ?? Infinity) - (b.place?.number ?? Infinity))
              .map(({ id, place }) => [
                place?.number,
                { number: place?.number, href: factHref(store, place?.card ?? id, lang) },
              ]),
          ).values(),
        ],
      }),
    );
  const byPublisher = Map.groupBy([...store.sources], ([, source]) => publisherText(source, lang));
  return {
    publishers: [...byPublisher.keys()]
      .sort((a, b) => a.localeCompare(b, 'en'))
      .map((publisher) => ({
        publisher,
        sources: byPublisher.get(publisher)!.map(([id, source]) => ({ id, source, citedFor: citedFor(id) })),
      })),
    helpLines: shownHelpLines(store),
  };
}

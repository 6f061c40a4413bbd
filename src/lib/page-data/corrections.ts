/** The corrections page and its feed: every correction, newest first, with the way to the fact. */
import { corrections, type CorrectionEntry } from '../content/corrections.ts';
import { factHref, factPageHref, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { shownHelpLines } from './parts.ts';
import type { PageLocals } from './page.ts';

export interface Correction extends CorrectionEntry {
  /** The corrected fact's own page. */
  factPage: string;
  /** The corrected fact's place in its sheet. */
  inSheet: string;
}

export interface CorrectionsPageData extends PageLocals {
  corrections: Correction[];
}

/** Every correction on the site, newest first, in a language. */
export function correctionList(store: Store, lang: Lang): Correction[] {
  return corrections(store, lang).map((c) => ({
    ...c,
    factPage: factPageHref(c.factId, lang),
    inSheet: factHref(store, c.factId, lang),
  }));
}

/** Everything the corrections page shows, in a language. */
export function correctionsPageData(store: Store, lang: Lang): CorrectionsPageData {
  return { corrections: correctionList(store, lang), helpLines: shownHelpLines(store) };
}

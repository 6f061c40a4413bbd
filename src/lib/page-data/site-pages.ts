/** Pages that show no content but the help lines every page carries: the method, search and "not found" pages. */
import type { Store } from '../content/store.ts';
import { shownHelpLines } from './parts.ts';
import type { PageLocals } from './page.ts';

/** The data of a page that shows only what every page shows. */
export function sitePageData(store: Store): PageLocals {
  return { helpLines: shownHelpLines(store) };
}

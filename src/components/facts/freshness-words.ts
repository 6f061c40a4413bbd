/** What a reader is told of a figure's next edition, in words: one wording for cards, pages, print and share images. */
import type { Freshness } from '../../lib/content/freshness.ts';
import { formatMonth, type Lang } from '../../lib/format.ts';
import { t } from '../../i18n/ui.ts';

const WORDS = { current: 'fresh.next', 'due-not-out': 'fresh.dueNotOut', 'newer-may-exist': 'fresh.mayExist' } as const;

/** "Next edition expected June 2026", or that a newer edition may exist, in the reader's language. */
export function nextEditionWords(next: Freshness, lang: Lang): string {
  return t(lang, WORDS[next.state], { month: formatMonth(next.nextExpected, lang) });
}

/**
 * How current a figure is, worked out from the publication's schedule, the edition we hold and the
 * build day, so no editor types "latest" and no page goes stale silently. Pure: the build day is an
 * argument, so a build stays reproducible and tests fix the day.
 */
import type { CheckedContent } from './model.ts';
import type { Schedule, Updates } from './schema.ts';

/** Where a figure stands against its publication's schedule on the build day. */
export type FreshnessState =
  /** The next edition is not due yet. */
  | 'current'
  /** The next edition is due, and someone looked for it since then but found none they could read. */
  | 'due-not-out'
  /** The next edition is due, and nobody has looked since: a newer edition may exist. */
  | 'newer-may-exist';

export interface Freshness {
  /** The edition our figure comes from (the year it was published). */
  edition: number;
  /** The first day of the month the next edition is expected (UTC). */
  nextExpected: Date;
  /** The day someone last looked for a newer edition. */
  checked: Date;
  state: FreshnessState;
}

/** The first day of the month in which the edition after `edition` is expected. */
export function nextEdition(schedule: Schedule, edition: number): Date {
  return new Date(Date.UTC(edition + schedule.every, schedule.month - 1, 1));
}

/** A figure's freshness on the build day `today`. */
export function freshnessOf(updates: Updates, schedule: Schedule, today: Date): Freshness {
  const nextExpected = nextEdition(schedule, updates.edition);
  const state: FreshnessState =
    today < nextExpected ? 'current' : updates.checked >= nextExpected ? 'due-not-out' : 'newer-may-exist';
  return { edition: updates.edition, nextExpected, checked: updates.checked, state };
}

/** Whether a figure needs an editor: its next edition is due and nobody has looked since. */
export const isOverdue = (f: Freshness) => f.state === 'newer-may-exist';

/** What a reader is told about how current a figure is: the day it was checked and, for a recurring publication, its next edition. */
export interface FigureFreshness {
  /** The day someone last checked the figure: the last look for a newer edition, else the latest reading of its sources. */
  checked: Date | undefined;
  /** For a figure from a recurring publication: its edition, and when the next is expected. */
  next: Freshness | undefined;
}

interface Checkable {
  updates?: Updates | undefined;
  sources?: { checked?: Date | undefined }[] | undefined;
}

/** A fact's or dataset's freshness on the build day. `refs` are every source reference it carries. */
export function figureFreshness(
  record: Checkable,
  refs: { checked?: Date | undefined }[],
  schedules: Readonly<Record<string, Schedule>>,
  today: Date,
): FigureFreshness {
  const schedule = record.updates && schedules[record.updates.schedule];
  if (record.updates && schedule) {
    return { checked: record.updates.checked, next: freshnessOf(record.updates, schedule, today) };
  }
  const days = refs.flatMap((r) => (r.checked ? [r.checked] : []));
  const checked = days.length > 0 ? new Date(Math.max(...days.map((d) => d.getTime()))) : undefined;
  return { checked, next: undefined };
}

/** Every record whose next edition is due on the build day, oldest due first: what `npm run freshness` lists. */
export function overdueFigures(content: CheckedContent): { file: string; schedule: Schedule; freshness: Freshness }[] {
  return [...content.facts, ...content.datasets]
    .flatMap(({ file, data }) => {
      const updates = 'updates' in data ? data.updates : undefined;
      const schedule = updates && content.schedules[updates.schedule];
      if (!updates || !schedule) return [];
      const freshness = freshnessOf(updates, schedule, content.today);
      return freshness.state === 'current' ? [] : [{ file, schedule, freshness }];
    })
    .sort((a, b) => a.freshness.nextExpected.getTime() - b.freshness.nextExpected.getTime() || a.file.localeCompare(b.file));
}

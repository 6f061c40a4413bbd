/** How current a figure is, worked out from its publication's schedule on a fixed build day. */
import { describe, expect, it } from 'vitest';
import { figureFreshness, freshnessOf, overdueFigures } from '../../src/lib/content/freshness.ts';
import { emptyContent } from '../../src/lib/content/model.ts';
import type { Dataset, Fact, Schedule } from '../../src/lib/content/schema.ts';

const tipReport: Schedule = {
  name: 'Trafficking in Persons Report',
  publisher: 'US Department of State',
  every: 1,
  month: 6,
};
const everyTwoYears: Schedule = { name: 'Poverty', publisher: 'INEGI', every: 2, month: 8 };
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const BUILD_DAY = day('2026-12-04');

describe.each<[string, Schedule, number, string, string, string]>([
  ['an edition not yet due', tipReport, 2026, '2026-07-01', '2027-06-01', 'current'],
  ['a due edition nobody has looked for', tipReport, 2025, '2025-10-01', '2026-06-01', 'newer-may-exist'],
  ['a due edition looked for and not found', tipReport, 2025, '2026-11-30', '2026-06-01', 'due-not-out'],
  ['a publication every two years', everyTwoYears, 2025, '2025-09-01', '2027-08-01', 'current'],
])('%s', (_, schedule, edition, checked, expected, state) => {
  it(`expects the next edition in ${expected.slice(0, 7)} and reads "${state}" on ${BUILD_DAY.toISOString().slice(0, 10)}`, () => {
    const f = freshnessOf({ schedule: 'x', edition, checked: day(checked) }, schedule, BUILD_DAY);
    expect(f.nextExpected).toEqual(day(expected));
    expect(f.state).toBe(state);
  });
});

describe('the day a figure was checked', () => {
  it('is the last look for a newer edition, for a recurring publication', () => {
    const f = figureFreshness(
      { updates: { schedule: 'tip', edition: 2025, checked: day('2026-12-01') } },
      [{ checked: day('2026-11-29') }],
      { tip: tipReport },
      BUILD_DAY,
    );
    expect(f.checked).toEqual(day('2026-12-01'));
    expect(f.next?.state).toBe('due-not-out');
  });
  it('is the latest reading of its sources, for a one-off publication, which has no next edition', () => {
    const f = figureFreshness({}, [{ checked: day('2026-11-28') }, {}, { checked: day('2026-11-29') }], {}, BUILD_DAY);
    expect(f).toEqual({ checked: day('2026-11-29'), next: undefined });
  });
});

/** A verified fact with only the fields freshness reads. */
const fact = (extra: object) => ({ status: 'verified', ...extra }) as unknown as Fact;

describe('what npm run freshness lists', () => {
  it('is every figure whose next edition is due, oldest first, and nothing current', () => {
    const updates = (edition: number, checked: string) => ({
      updates: { schedule: 'tip', edition, checked: day(checked) },
    });
    const listed = overdueFigures({
      ...emptyContent(BUILD_DAY),
      schedules: { tip: tipReport },
      facts: [
        { id: 'a', article: 's', file: 'facts/a.yaml', data: fact(updates(2025, '2025-10-01')) },
        { id: 'c', article: 's', file: 'facts/current.yaml', data: fact(updates(2026, '2026-07-01')) },
        { id: 'o', article: 's', file: 'facts/one-off.yaml', data: fact({}) },
      ],
      datasets: [
        {
          id: 'b',
          file: 'datasets/b.yaml',
          data: { ...(fact({}) as object), ...updates(2023, '2026-12-01') } as Dataset,
        },
      ],
    });
    expect(listed.map((o) => [o.file, o.freshness.state])).toEqual([
      ['datasets/b.yaml', 'due-not-out'],
      ['facts/a.yaml', 'newer-may-exist'],
    ]);
  });
});

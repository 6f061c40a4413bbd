/**
 * What values and dates can be true of the kind of figure or date they are: a count is a whole
 * number of zero or more, an age is a human age, a share cannot fall by more than all of it, data
 * cannot describe a year that has not begun, and an event cannot happen after today.
 */
import type { CheckedContent, Problem } from './model.ts';
import type { DataYear, Unit } from './schema.ts';

const COUNTS: readonly Unit[] = ['people', 'victims', 'deaths', 'applications', 'organisations'];

/** Why a value cannot be a figure of its unit, if it cannot. */
export function impossibleValue(value: number, unit: Unit): string | undefined {
  if (COUNTS.includes(unit) && (value < 0 || !Number.isInteger(value))) {
    return `is ${value}, but a count of ${unit} is a whole number of zero or more`;
  }
  if (unit === 'years-of-age' && (value < 0 || value > 130 || !Number.isInteger(value))) {
    return `is ${value}, but an age in years is a whole number from 0 to 130`;
  }
  if (unit === 'usd' && value < 0) return `is ${value}, but an amount of money given or spent is zero or more`;
  if (unit === 'percent' && value < -100) return `is ${value}, but nothing falls by more than 100 percent`;
  return undefined;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Checks every figure and date an editor can write against what can be true on the build day. */
export function valueCheck(content: CheckedContent, today: Date): Problem[] {
  const problems: Problem[] = [];
  const thisYear = today.getUTCFullYear();
  const future = (file: string, field: string, date: Date, what: string) => {
    if (day(date) > day(today)) problems.push({ file, field, message: `is ${day(date)}, after today (${day(today)}): ${what}` });
  };
  const years = (file: string, year: DataYear) => {
    if (year.from > thisYear) {
      problems.push({ file, field: 'year', message: `is ${year.label}, but data cannot describe a year that has not begun (today is in ${thisYear})` });
    }
  };

  for (const { file, data } of content.facts) {
    years(file, data.year);
    if (data.date) {
      future(file, 'date', data.date, 'an event cannot happen after the day it is published');
      const y = data.date.getUTCFullYear();
      if (y < data.year.from || y > data.year.to) {
        problems.push({ file, field: 'date', message: `is in ${y}, outside the data years ${data.year.label}; the date must fall within them` });
      }
    }
    if (data.status === 'unverified') continue;
    if (data.value !== undefined && data.unit) {
      const why = impossibleValue(data.value, data.unit);
      if (why) problems.push({ file, field: 'value', message: why });
    }
    if (data.status === 'corrected' && data.correction.date) {
      future(file, 'correction.date', data.correction.date, 'a correction cannot be made after the day it is published');
    }
  }

  for (const { file, data } of content.datasets) {
    years(file, data.year);
    if (data.separate && data.series.length < 2) {
      problems.push({ file, field: 'separate', message: 'draws each series in its own panel, so it needs two series or more (this dataset has one)' });
    }
    data.series.forEach((s, i) =>
      s.points.forEach((p, j) => {
        const why = impossibleValue(p.value, data.unit);
        if (why) problems.push({ file, field: `series[${i}].points[${j}].value`, message: why });
        const month = p.month ? Number(p.month.slice(0, 4)) : undefined;
        if (month !== undefined && (month < data.year.from || month > data.year.to)) {
          problems.push({ file, field: `series[${i}].points[${j}].month`, message: `is ${p.month}, outside the dataset's years ${data.year.label}` });
        }
        if (typeof p.x === 'number' && (p.x < data.year.from || p.x > data.year.to)) {
          problems.push({ file, field: `series[${i}].points[${j}].x`, message: `is ${p.x}, outside the dataset's years ${data.year.label}` });
        }
      }),
    );
  }

  for (const { file, data } of content.articles) {
    future(file, 'reviewed', data.reviewed, 'a sheet cannot be reviewed after the day it is published');
    if (data.published > data.reviewed) {
      problems.push({ file, field: 'reviewed', message: `is ${day(data.reviewed)}, before the sheet was published (${day(data.published)})` });
    }
  }
  return problems;
}

/** Whether a help line's tel: link dials the number readers see (the local number, with or without a country code). */
export function dialsDisplayedNumber(phone: string, tel: string): boolean {
  const shown = phone.replace(/\D/g, '');
  const dialled = tel.replace(/\D/g, '');
  return dialled === shown || (tel.startsWith('+') && dialled.endsWith(shown) && dialled.length - shown.length <= 3);
}

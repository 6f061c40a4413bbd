import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue, unitNote } from '../../src/lib/format.ts';

describe('formatValue', () => {
  it.each([
    [341000, 'people', 'en', undefined, '341,000'],
    [341000, 'people', 'en', 'about', 'about 341,000'],
    [109000, 'deaths', 'en', 'more-than', 'more than 109,000'],
    [43.6, 'percent', 'en', undefined, '43.6%'],
    [70, 'percent', 'en', undefined, '70%'],
    [2.8e9, 'usd', 'en', 'almost', 'almost $2.8 billion'],
    [87e6, 'usd', 'en', undefined, '$87 million'],
    [64000, 'usd', 'en', undefined, '$64,000'],
    [49, 'years-of-age', 'en', undefined, '49'],
    [341000, 'people', 'es', 'about', 'alrededor de 341,000'],
    [43.6, 'percent', 'es', undefined, '43.6%'],
    [2.8e9, 'usd', 'es', 'almost', 'casi US$2.8 mil millones'],
    // Spanish is written as in Mexico (es-MX): a comma between thousands, a point before decimals.
    [14596, 'applications', 'es', undefined, '14,596'],
    [109000, 'deaths', 'es', 'more-than', 'más de 109,000'],
    [1.6e9, 'usd', 'es', 'more-than', 'más de US$1.6 mil millones'],
    [87e6, 'usd', 'es', undefined, 'US$87 millones'],
  ] as const)('%d %s (%s, %s) → %s', (value, unit, lang, qualifier, expected) => {
    expect(formatValue(value, unit, lang, qualifier).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});

describe('formatNumber and formatDate', () => {
  it.each([
    [14596, 'en', '14,596'],
    [14596, 'es', '14,596'],
    [0.5, 'en', '0.5'],
  ] as const)('%d in %s → %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  it('writes a date in the reader’s language without shifting the day', () => {
    const day = new Date('2019-06-17T00:00:00Z');
    expect(formatDate(day, 'en')).toBe('June 17, 2019');
    expect(formatDate(day, 'es')).toBe('17 de junio de 2019');
  });
});

describe('unitNote', () => {
  it.each([
    ['usd', { from: 2014, to: 2014, label: '2014' }, 'en', 'US dollars of 2014, not adjusted for inflation'],
    [
      'usd',
      { from: 2008, to: 2017, label: '2008–2017' },
      'en',
      'US dollars of each year (2008–2017), not adjusted for inflation',
    ],
    [
      'usd',
      { from: 2014, to: 2014, label: '2014' },
      'es',
      'dólares estadounidenses de 2014, sin ajustar por inflación',
    ],
    ['people', { from: 2014, to: 2014, label: '2014' }, 'en', undefined],
  ] as const)('%s in %o (%s) → %s', (unit, year, lang, expected) => {
    expect(unitNote(unit, year, lang)).toBe(expected);
  });
});

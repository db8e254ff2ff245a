import { describe, expect, test } from 'vitest';
import { headlineFigures } from './headline.ts';

const units = (...vs: [number, number, string?][]) =>
  new Map(vs.map(([id, value, qualifier = 'exact']) => [id, { value, qualifier }]));

describe('headlineFigures', () => {
  test.each([
    {
      name: 'sums counts over the units that reported them',
      measure: 'sum' as const,
      now: units([1, 10], [2, 20], [3, 5]),
      before: units(),
      value: 35,
      qualifier: 'exact',
      change: null,
    },
    {
      name: 'keeps 余 on a total that has a 100余 part',
      measure: 'sum' as const,
      now: units([1, 100, 'over'], [2, 20]),
      before: units(),
      value: 120,
      qualifier: 'over',
      change: null,
    },
    {
      name: 'marks a total with a 约 or 近 part as approximate',
      measure: 'sum' as const,
      now: units([1, 100, 'over'], [2, 20, 'near']),
      before: units(),
      value: 120,
      qualifier: 'about',
      change: null,
    },
    {
      name: 'compares with last year only on units that reported both years',
      measure: 'sum' as const,
      now: units([1, 10], [2, 20], [3, 5]),
      before: units([1, 8], [2, 12], [4, 100]),
      value: 35,
      qualifier: 'exact',
      change: { abs: 10, pct: 50, units: 2, current: 30, previous: 20 },
    },
    {
      name: 'takes the median of rates, never their sum',
      measure: 'median' as const,
      now: units([1, 90], [2, 100], [3, 95], [4, 97]),
      before: units([1, 80], [2, 90]),
      value: 96,
      qualifier: 'exact',
      change: { abs: 10, pct: 11.8, units: 2, current: 95, previous: 85 },
    },
    {
      name: 'gives no figure, not 0, when no unit reported',
      measure: 'sum' as const,
      now: units(),
      before: units([1, 8]),
      value: null,
      qualifier: null,
      change: null,
    },
    {
      name: 'gives no percentage change against a zero last year',
      measure: 'sum' as const,
      now: units([1, 3]),
      before: units([1, 0]),
      value: 3,
      qualifier: 'exact',
      change: { abs: 3, pct: null, units: 1, current: 3, previous: 0 },
    },
  ])('$name', ({ measure, now, before, value, qualifier, change }) => {
    const h = headlineFigures(measure, now, before);
    expect(h.value).toBe(value);
    expect(h.qualifier).toBe(qualifier);
    expect(h.change).toEqual(change);
    expect(h.units).toBe(now.size);
  });

  test('gives the range of the unit rates beside their median', () => {
    const h = headlineFigures('median', units([1, 90], [2, 100], [3, 95]), units());
    expect([h.min, h.value, h.max]).toEqual([90, 95, 100]);
  });
});

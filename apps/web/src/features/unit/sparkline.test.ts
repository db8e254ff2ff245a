import { describe, expect, test } from 'vitest';
import { sparklinePath } from './sparkline.ts';

describe('sparklinePath', () => {
  test.each([
    ['draws nothing when no year has a figure', [null, null], ''],
    ['scales the lowest to the bottom and the highest to the top', [0, 10], 'M2,18 L98,2'],
    ['breaks the line at a missing year instead of dropping to 0', [5, null, 5, 10], 'M2,18 h0 M66,18 L98,2'],
    ['draws a flat line through the middle when every year is equal', [3, 3], 'M2,10 L98,10'],
    ['centres a single year', [7], 'M50,10 h0'],
  ])('%s', (_name, values, expected) => {
    expect(sparklinePath(values, 100, 20)).toBe(expected);
  });
});

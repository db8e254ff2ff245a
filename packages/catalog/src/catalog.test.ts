import { describe, expect, test } from 'vitest';
import {
  GROUPS,
  getIndicator,
  INDICATOR_KEYS,
  INDICATORS,
  indicatorsByGroup,
  isIndicatorKey,
} from './index.ts';

describe('indicator catalog', () => {
  test('has exactly one entry per key, in the order of the key list', () => {
    expect(INDICATORS.map((i) => i.key)).toEqual([...INDICATOR_KEYS]);
  });

  test('every indicator belongs to a known group and has a Chinese label and unit', () => {
    const groups = new Set(GROUPS.map((g) => g.key));
    for (const i of INDICATORS) {
      expect(groups.has(i.group), i.key).toBe(true);
      expect(i.label).toMatch(/[\u4e00-\u9fff]/);
      expect(i.unit.length).toBeGreaterThan(0);
    }
  });

  test.each([
    ['dispute.rate', 'rate', true],
    ['litig.lost_rate', 'rate', false],
    ['litig.lost', 'sum', false],
    ['recon.correction_rate', 'derived', false],
    ['pub.events', 'sum', true],
  ] as const)('%s combines by %s and higher-is-better is %s', (key, combine, higher) => {
    const i = getIndicator(key);
    expect(i.combine).toBe(combine);
    expect(i.higherIsBetter).toBe(higher);
  });

  test('rates use % and counts do not', () => {
    for (const i of INDICATORS) expect(i.unit === '%', i.key).toBe(i.combine !== 'sum');
  });

  test('groups cover every indicator once', () => {
    const grouped = indicatorsByGroup().flatMap((g) => g.indicators.map((i) => i.key));
    expect(grouped.sort()).toEqual([...INDICATOR_KEYS].sort());
  });

  test('rejects unknown keys', () => {
    expect(isIndicatorKey('pub.events')).toBe(true);
    expect(isIndicatorKey('pub.nope')).toBe(false);
    expect(() => getIndicator('pub.nope' as never)).toThrow(/unknown indicator/);
  });
});

import { getIndicator, type IndicatorKey } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { DERIVATION_INPUTS, DERIVED_RATES, deriveRate } from './derive.ts';
import type { UnitYearValue } from './types.ts';

const correction = DERIVED_RATES.find((r) => r.key === 'recon.correction_rate');
const exact = (value: number): UnitYearValue => ({ value, qualifier: 'exact' });

describe('the derived rates', () => {
  test('come from the catalog: the correction rate is (撤销 + 变更 + 确认违法 + 责令履行) / 审结', () => {
    expect(correction).toEqual({
      key: 'recon.correction_rate',
      base: getIndicator('recon.correction_rate').base,
      parts: ['recon.revoked', 'recon.changed', 'recon.confirmed_illegal', 'recon.ordered'],
    });
    expect(correction?.base).toBe('recon.closed');
  });

  test('are computed from their base and parts only', () => {
    expect([...DERIVATION_INPUTS].sort()).toEqual(
      ['recon.closed', 'recon.revoked', 'recon.changed', 'recon.confirmed_illegal', 'recon.ordered'].sort(),
    );
  });
});

describe('deriveRate', () => {
  test.each([
    [
      'divides the parts known by the base, in %, to 2 decimals',
      { 'recon.closed': 63, 'recon.revoked': 1, 'recon.ordered': 3 },
      { value: 6.35, qualifier: 'derived' },
    ],
    [
      'needs no more than one part',
      { 'recon.closed': 20, 'recon.changed': 1 },
      { value: 5, qualifier: 'derived' },
    ],
    ['gives none without the base', { 'recon.revoked': 1 }, undefined],
    ['gives none on a base of 0', { 'recon.closed': 0, 'recon.revoked': 1 }, undefined],
    ['gives none when no part is known', { 'recon.closed': 20, 'recon.upheld': 15 }, undefined],
  ] as const)('%s', (_name, counts, want) => {
    const values = new Map(Object.entries(counts).map(([k, v]) => [k as IndicatorKey, exact(v)]));
    if (!correction) throw new Error('the catalog has no correction rate');
    expect(deriveRate(correction, (k) => values.get(k))).toEqual(want);
  });
});

import type { IndicatorKey } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { unitYearValues } from './report.ts';

const fact = (key: IndicatorKey, value: number, year: number | null, text = `${value}`) => ({
  key,
  value,
  year,
  text,
  qualifier: 'exact' as const,
  role: null,
});

describe('unitYearValues (one report, as the engine reads it)', () => {
  test.each([
    [
      'keeps only the figures of the year asked for (比上年 figures belong to the year before)',
      [fact('recon.received', 88, 2023), fact('recon.received', 427, 2022)],
      2023,
      { 'recon.received': { value: 88, qualifier: 'exact' } },
    ],
    [
      'reads a report whose year is unknown by its figures without a year',
      [fact('pub.events', 5, null), fact('pub.events', 7, 2023)],
      null,
      { 'pub.events': { value: 5, qualifier: 'exact' } },
    ],
    [
      'derives the correction rate a report does not state',
      [fact('recon.closed', 63, 2023), fact('recon.revoked', 1, 2023), fact('recon.ordered', 3, 2023)],
      2023,
      {
        'recon.closed': { value: 63, qualifier: 'exact' },
        'recon.revoked': { value: 1, qualifier: 'exact' },
        'recon.ordered': { value: 3, qualifier: 'exact' },
        'recon.correction_rate': { value: 6.35, qualifier: 'derived' },
      },
    ],
    [
      'keeps a correction rate the report states',
      [
        fact('recon.closed', 63, 2023),
        fact('recon.revoked', 1, 2023),
        fact('recon.correction_rate', 2, 2023),
      ],
      2023,
      {
        'recon.closed': { value: 63, qualifier: 'exact' },
        'recon.revoked': { value: 1, qualifier: 'exact' },
        'recon.correction_rate': { value: 2, qualifier: 'exact' },
      },
    ],
  ])('%s', (_name, facts, year, want) => {
    expect(unitYearValues(facts, year)).toEqual(want);
  });
});

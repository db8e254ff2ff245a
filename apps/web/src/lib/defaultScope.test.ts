import { describe, expect, test } from 'vitest';
import { type CountyReports, defaultScope, defaultYear } from './defaultScope.ts';

const county = (name: string, counts: Record<number, number>): CountyReports => ({
  name,
  reports: Object.entries(counts).map(([year, count]) => ({ year: Number(year), count })),
});
const sample = county('示例县', { 2021: 23, 2022: 21, 2023: 21, 2024: 22 });
const single = county('南郑区', { 2022: 1 });
const spring = county('春县', { 2023: 20, 2024: 19, 2025: 4 });

describe('the county and year a first screen opens on', () => {
  test.each([
    ['the newest year when it is about as full as the fullest', sample, 2024],
    ['last year while this year has under half the reports of the fullest', spring, 2024],
    ['the only year there is', single, 2022],
    ['no year for a county without reports', county('空县', {}), null],
  ])('%s', (_name, c, year) => {
    expect(defaultYear(c)).toBe(year);
  });

  test.each([
    ['the county with the most reports, not the first by name', [single, sample], null, null, '示例县', 2024],
    [
      'the county chosen last, with its year',
      [single, sample],
      { county: '南郑区', year: 2022 },
      null,
      '南郑区',
      2022,
    ],
    [
      'the county chosen last with its default year when the remembered year is gone',
      [single, sample],
      { county: '示例县', year: 2019 },
      null,
      '示例县',
      2024,
    ],
    [
      'the fullest county when the remembered one no longer exists',
      [single, sample],
      { county: '旧县', year: 2020 },
      null,
      '示例县',
      2024,
    ],
    [
      'the county the URL names, over the remembered one',
      [single, sample],
      { county: '示例县', year: 2021 },
      '南郑区',
      '南郑区',
      2022,
    ],
    [
      'the remembered year of the county the URL names',
      [single, sample],
      { county: '示例县', year: 2021 },
      '示例县',
      '示例县',
      2021,
    ],
    ['the asked name and no year when the county is unknown', [single], null, '无此县', '无此县', null],
    ['nothing when there is no county at all', [], null, null, null, null],
  ] as const)('%s', (_name, counties, remembered, asked, expectedCounty, expectedYear) => {
    expect(defaultScope(counties, remembered, asked)).toEqual({ county: expectedCounty, year: expectedYear });
  });
});

import { describe, expect, test } from 'vitest';
import {
  ABSENT_LABEL,
  absentCountsText,
  compareFileName,
  emptyYearText,
  rankingFileName,
  valueState,
  withQualifier,
} from './wording.ts';

describe('three states of a unit-year figure', () => {
  test.each([
    ['a figure is a value, report or not (a later report can state it)', true, false, 'value'],
    ['a figure with its own report is a value', true, true, 'value'],
    ['a report without the figure is 未提及', false, true, 'not_mentioned'],
    ['no report at all is 未报送', false, false, 'no_report'],
  ] as const)('%s', (_name, hasValue, hasReport, state) => {
    expect(valueState(hasValue, hasReport)).toBe(state);
  });

  test('names the two absences apart, never as 0', () => {
    expect(ABSENT_LABEL).toEqual({ not_mentioned: '未提及', no_report: '未报送' });
  });

  test.each([
    [{ noReport: 3, notMentioned: 2 }, '3个单位未报送，2个单位的报告未提及'],
    [{ noReport: 0, notMentioned: 2 }, '2个单位的报告未提及'],
    [{ noReport: 1, notMentioned: 0 }, '1个单位未报送'],
    [{ noReport: 0, notMentioned: 0 }, ''],
  ])('counts the absences as %o → %s', (counts, text) => {
    expect(absentCountsText(counts)).toBe(text);
  });

  test('says an empty year once, with its year', () => {
    expect(emptyYearText(2025)).toBe('2025 年度尚未收到任何报告');
  });
});

describe('qualifier wording', () => {
  test.each([
    ['over', '100余次'],
    ['about', '约100次'],
    ['near', '近100次'],
    ['under', '不足100次'],
    ['exact', '100次'],
  ] as const)('writes %s as %s', (q, text) => {
    expect(withQualifier('100', q, '次')).toBe(text);
  });
});

describe('export file names say county, year, indicator and unit group', () => {
  const ranking = { county: '示例县', year: 2023, indicator: '发放宣传资料份数', per10k: false };
  test.each([
    ['the towns', { ...ranking, group: 'towns' }, '示例县2023年发放宣传资料份数排名（乡镇街道）'],
    ['all units', { ...ranking, group: 'all' }, '示例县2023年发放宣传资料份数排名（全部单位）'],
    ['departments', { ...ranking, group: 'departments' }, '示例县2023年发放宣传资料份数排名（县直部门）'],
    [
      'per 10,000 residents',
      { ...ranking, group: 'towns', per10k: true },
      '示例县2023年发放宣传资料份数排名（乡镇街道，每万人）',
    ],
    [
      'a slash in a name',
      { ...ranking, indicator: '调处/受理', group: 'all' },
      '示例县2023年调处受理排名（全部单位）',
    ],
  ] as const)('names the ranking of %s apart', (_name, r, name) => {
    expect(rankingFileName(r)).toBe(name);
  });

  const compare = { county: '沈丘县', year: 2024, base: 2023, group: 'towns' } as const;
  test.each([
    [
      'one indicator by its label',
      ['排查调处矛盾纠纷件数'],
      '沈丘县2024年较2023年排查调处矛盾纠纷件数对比（乡镇街道）',
    ],
    ['several indicators by their count', ['a', 'b', 'c'], '沈丘县2024年较2023年3项指标对比（乡镇街道）'],
  ])('names a comparison of %s', (_name, indicators, name) => {
    expect(compareFileName({ ...compare, indicators })).toBe(name);
  });
});

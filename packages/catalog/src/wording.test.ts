import { describe, expect, test } from 'vitest';
import { ABSENT_LABEL, absentCountsText, emptyYearText, valueState, withQualifier } from './wording.ts';

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

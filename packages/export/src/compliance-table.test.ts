import { describe, expect, test } from 'vitest';
import { highestReuse, missingPartsText, timelinessText } from './compliance-table.ts';

const written = {
  measures: 'present',
  shortcomings: 'present',
  leadership: 'present',
  nextYear: 'present',
  other: 'present',
} as const;

describe('the 通报 cells', () => {
  test.each([
    [{ reportId: null, onTime: null, daysLate: null }, '未报送'],
    [{ reportId: 1, onTime: true, daysLate: 0 }, '按时'],
    [{ reportId: 1, onTime: false, daysLate: 12 }, '迟交12天'],
  ])('says %o as %s', (row, text) => {
    expect(timelinessText(row)).toBe(text);
  });

  test.each([
    ['every part written out', {}, '无'],
    ['one part missing', { shortcomings: 'missing' }, '存在的不足和原因'],
    [
      'missing parts in the regulation’s order, then token ones noted 仅一句',
      { nextYear: 'missing', leadership: 'token', shortcomings: 'missing' },
      '存在的不足和原因、下一年度主要安排、第一责任人履职情况（仅一句）',
    ],
    [
      '其他需要报告的情况 left out is no fault: written only when there is something',
      { other: 'missing' },
      '无',
    ],
  ] as const)('lists the parts a report lacks: %s', (_name, parts, text) => {
    expect(missingPartsText({ ...written, ...parts })).toBe(text);
  });

  const peer = (share: number) => ({ unitId: 2, unit: '马场乡', reportId: 9, share });
  test.each([
    ['no report', null, null],
    ['nothing to compare with', { previousYear: null, previousReportId: null, peer: null }, null],
    [
      'last year’s report, the higher share',
      { previousYear: 0.934, previousReportId: 3, peer: peer(0.4) },
      { percent: 93, source: '与上年报告' },
    ],
    [
      'a peer’s report, the higher share, by its name',
      { previousYear: 0.2, previousReportId: 3, peer: peer(0.876) },
      { percent: 88, source: '马场乡' },
    ],
    [
      'a peer only',
      { previousYear: null, previousReportId: null, peer: peer(0.5) },
      { percent: 50, source: '马场乡' },
    ],
  ])('gives the higher reuse share with its source: %s', (_name, reuse, expected) => {
    expect(highestReuse(reuse)).toEqual(expected);
  });
});

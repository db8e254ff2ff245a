import { describe, expect, test } from 'vitest';
import {
  changeArrow,
  changeTone,
  formatChange,
  formatFigure,
  formatRank,
  formatRankChange,
  formatValue,
  qualifierMark,
} from './format.ts';

describe('formatValue', () => {
  test.each([
    ['keeps 余 after the number', 100, 'over', '次', '100余次'],
    ['puts 约 before the number', 20000, 'about', '人次', '约20,000人次'],
    ['puts 近 before the number', 50, 'near', '件', '近50件'],
    ['says 不足 for under', 10, 'under', '场', '不足10场'],
    ['writes exact rates plainly', 95.5, 'exact', '%', '95.5%'],
    ['writes a derived rate as a plain figure', 12.35, 'derived', '%', '12.35%'],
  ] as const)('%s', (_name, value, qualifier, unit, expected) => {
    expect(formatValue(value, qualifier, unit)).toBe(expected);
  });

  test.each([
    ['says 未提及 for a report without the figure, never 0', null, 'not_mentioned', '未提及'],
    ['says 未报送 for a unit-year without a report, never 0', null, 'no_report', '未报送'],
    ['says 未报送 for an undefined value without a report', undefined, 'no_report', '未报送'],
    ['writes a reported zero as 0', 0, 'value', '0件'],
    ['writes the figure when there is one', 12, 'value', '12件'],
  ] as const)('%s', (_name, value, state, expected) => {
    expect(formatFigure(value, 'exact', '件', state)).toBe(expected);
  });
});

describe('changes and ranks', () => {
  test.each([
    ['an increase with its percentage', { abs: 7, pct: 7.4 }, '次', '+7次（+7.4%）'],
    ['a decrease with a true minus sign', { abs: -3, pct: -10 }, '件', '−3件（−10%）'],
    ['no percentage against a zero last year', { abs: 3, pct: null }, '件', '+3件'],
    ['a rate change in percentage points', { abs: 2.5, pct: 2.7 }, '%', '+2.5 个百分点'],
    ['no change as 持平', { abs: 0, pct: 0 }, '次', '持平'],
    ['no comparison as a dash', null, '次', '—'],
  ] as const)('formats %s', (_name, change, unit, expected) => {
    expect(formatChange(change, unit)).toBe(expected);
  });

  test.each([
    ['a rise is good when higher is better', 5, 'higher', 'good', '▲'],
    ['a rise is bad when lower is better (败诉)', 2, 'lower', 'bad', '▲'],
    ['a fall is good when lower is better', -2, 'lower', 'good', '▼'],
    [
      'a rise of a caseload (复议受理件数) is neither good nor bad and has no arrow',
      13,
      'neither',
      'neutral',
      '',
    ],
    ['a fall of a caseload is neither good nor bad and has no arrow', -33, 'neither', 'neutral', ''],
    ['no change is flat', 0, 'higher', 'flat', ''],
    ['no comparison has no tone', null, 'higher', 'none', ''],
  ] as const)('%s', (_name, abs, direction, tone, arrow) => {
    expect(changeTone(abs, direction)).toBe(tone);
    expect(changeArrow(abs, direction)).toBe(arrow);
  });

  test.each([
    [2, 'higher', '↑2'],
    [-1, 'lower', '↓1'],
    [0, 'higher', '持平'],
    [null, 'higher', '—'],
    [2, 'neither', '前移2位'],
    [-1, 'neither', '后移1位'],
  ] as const)('rank change %s of a %s-is-better figure reads %s', (delta, direction, expected) => {
    expect(formatRankChange(delta, direction)).toBe(expected);
  });

  test.each([
    [1, true, '1（并列）'],
    [3, false, '3'],
    [null, false, '—'],
  ])('rank %s (tied %s) reads %s', (rank, tied, expected) => {
    expect(formatRank(rank, tied)).toBe(expected);
  });

  test.each([
    ['over', '余'],
    ['near', '近'],
    ['about', '约'],
    ['exact', ''],
    [null, ''],
  ] as const)('qualifier %s is marked %s', (q, mark) => {
    expect(qualifierMark(q)).toBe(mark);
  });
});

import { describe, expect, test } from 'vitest';
import { formatValue } from './format.ts';
import { displayWidth, renderTable } from './table.ts';

describe('formatting values for people', () => {
  test.each([
    ['a missing value as 未提及, never 0', undefined, '次', '未提及'],
    ['an exact count as the number', { value: 19, qualifier: 'exact' as const }, '次', '19'],
    ['over as 余', { value: 106, qualifier: 'over' as const }, '次', '106余'],
    ['near as 近', { value: 1000, qualifier: 'near' as const }, '人次', '近1000'],
    ['about as 约', { value: 10, qualifier: 'about' as const }, '次', '约10'],
    ['under as 不足', { value: 5, qualifier: 'under' as const }, '件', '不足5'],
    ['a rate with %', { value: 95, qualifier: 'exact' as const }, '%', '95%'],
    ['a derived rate with its mark', { value: 6.35, qualifier: 'derived' as const }, '%', '6.35%（推算）'],
  ])('shows %s', (_name, value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('terminal tables', () => {
  test.each([
    ['ASCII', 'abc', 3],
    ['Chinese', '邢庄镇', 6],
    ['full-width punctuation', '（一）', 6],
    ['mixed', '2023年', 6],
  ])('measures %s text in terminal columns', (_name, s, width) => {
    expect(displayWidth(s)).toBe(width);
  });

  test('aligns Chinese columns by display width and right-aligns numbers', () => {
    const out = renderTable(
      ['单位', '次数'],
      [
        ['邢庄镇', '5'],
        ['法镇', '120'],
      ],
      new Set([1]),
    );
    const lines = out.split('\n');
    expect(lines.map(displayWidth)).toEqual([12, 12, 12, 12]);
    expect(lines[2]).toBe('邢庄镇     5');
    expect(lines[3]).toBe('法镇     120');
  });
});

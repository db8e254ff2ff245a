import type { ComplianceEntry } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import {
  filterRows,
  filtersFrom,
  formatShare,
  highestReuse,
  missingParts,
  partMarks,
  timeliness,
} from './rows.ts';

const all = {
  measures: 'present',
  shortcomings: 'present',
  leadership: 'present',
  nextYear: 'present',
  other: 'present',
} as const;

const row = (over: Partial<ComplianceEntry>): ComplianceEntry => ({
  unitId: 1,
  unit: '白马镇',
  reportId: 10,
  received: '2025-02-20',
  receivedSet: true,
  signed: '2025-01-20',
  onTime: true,
  daysLate: 0,
  published: true,
  publishedUrl: 'https://example.gov.cn/r',
  publishedCheckedOn: '2025-04-02',
  parts: all,
  reuse: {
    previousYear: 0.1,
    previousReportId: 5,
    peer: { unitId: 2, unit: '马场乡', reportId: 11, share: 0.2 },
  },
  ...over,
});

describe('timeliness', () => {
  test.each([
    ['on time reads 按时', row({}), '按时'],
    ['late reads how many days', row({ onTime: false, daysLate: 12 }), '迟交12天'],
    ['no report reads 未报送', row({ reportId: null, onTime: null, daysLate: null }), '未报送'],
    ['a report with no known day reads 未知', row({ onTime: null, daysLate: null }), '未知'],
  ])('%s', (_, r, text) => {
    expect(timeliness(r).text).toBe(text);
  });
});

describe('partMarks and missingParts', () => {
  test('each part gets its mark and says its name and status', () => {
    const marks = partMarks(row({ parts: { ...all, shortcomings: 'missing', leadership: 'token' } }));
    expect(marks?.map((m) => m.mark)).toEqual(['✓', '✗', '◐', '✓', '✓']);
    expect(marks?.[1]?.title).toBe('存在的不足和原因：缺少');
    expect(marks?.[2]?.title).toBe('第一责任人履职情况：仅一句');
  });
  test('parts not read give no marks and count as none missing', () => {
    expect(partMarks(row({ parts: null }))).toBeNull();
    expect(missingParts(row({ parts: null }))).toEqual([]);
  });
  test('其他需要报告的情况 left out is not a missing part: it is written only when there is something to report', () => {
    expect(missingParts(row({ parts: { ...all, other: 'missing' } }))).toEqual([]);
  });
  test('a token part is not missing', () => {
    expect(missingParts(row({ parts: { ...all, other: 'token', nextYear: 'missing' } }))).toEqual([
      'nextYear',
    ]);
  });
});

describe('highestReuse', () => {
  test.each([
    ['the peer wins when it shares more', row({}), { share: 0.2, source: '马场乡', against: 11 }],
    [
      'last year wins when it shares more',
      row({ reuse: { previousYear: 0.9, previousReportId: 5, peer: null } }),
      { share: 0.9, source: '与上年报告', against: 5 },
    ],
    [
      'a tie goes to last year',
      row({
        reuse: {
          previousYear: 0.2,
          previousReportId: 5,
          peer: { unitId: 2, unit: '马场乡', reportId: 11, share: 0.2 },
        },
      }),
      { share: 0.2, source: '与上年报告', against: 5 },
    ],
    ['no report has none', row({ reuse: null }), null],
    [
      'no previous report and no peer has none',
      row({ reuse: { previousYear: null, previousReportId: null, peer: null } }),
      null,
    ],
  ])('%s', (_, r, expected) => {
    expect(highestReuse(r)).toEqual(expected);
  });
  test('a share reads as a whole percentage', () => {
    expect(formatShare(0.634)).toBe('63%');
    expect(formatShare(1)).toBe('100%');
  });
});

describe('filterRows', () => {
  const onTime = row({ unit: '按时' });
  const late = row({ unit: '迟交', onTime: false, daysLate: 3 });
  const missing = row({ unit: '缺部分', parts: { ...all, shortcomings: 'missing' } });
  const copied = row({ unit: '照抄', reuse: { previousYear: 0.5, previousReportId: 5, peer: null } });
  const absent = row({
    unit: '未报送',
    reportId: null,
    onTime: null,
    daysLate: null,
    parts: null,
    reuse: null,
  });
  const rows = [onTime, late, missing, copied, absent];
  test.each([
    ['no filter keeps every row', '', [onTime, late, missing, copied, absent]],
    ['迟交 keeps the late reports only', 'late=1', [late]],
    ['缺少部分 keeps reports missing a part', 'missing=1', [missing]],
    ['重复率≥50% keeps a share of exactly one half', 'reused=1', [copied]],
    ['two filters keep rows that pass both', 'late=1&missing=1', []],
  ])('%s', (_, qs, expected) => {
    expect(filterRows(rows, filtersFrom(new URLSearchParams(qs)))).toEqual(expected);
  });
});

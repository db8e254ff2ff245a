import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PartStatus, ReportPartKey } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { extractReport } from '../index.ts';
import { findParts } from './find.ts';

// The five seed reports (data/reports, text unchanged), read by hand: for each part, its status and the first
// and last line (1-based) of its span. Notes from the reading:
// 邢庄镇: 一 is the leadership, 二 the measures, 三 存在的不足、原因和问题整改情况 the shortcomings (整改 is
//   part of it), 四 the plan; no 其他. 北留镇: 一 leadership (lines 7–29, its （二）（三） inside it), 二 measures,
//   三 存在问题短板及原因 ends at 四、履行法院生效裁判情况 (no part), 五 the plan. 法镇: 一 重点工作 and
//   二 突出亮点 are the measures (one span), 三 存在的问题 is two items in one sentence (present), no
//   leadership anywhere, 四 下一步工作计划. 沈丘县人民政府办公室: the leadership is one sentence (token); the
//   plan ends before 特此报告. 东关镇: 一、总体情况 is no part; 二 measures, 三 leadership, 四 shortcomings,
//   五 the plan; no signature or date.
type Seen = [status: PartStatus, firstLine: number, lastLine: number] | ['missing'];
const REPORTS = path.resolve(import.meta.dirname, '../../../../data/reports');

const SEEDS: [file: string, parts: Record<ReportPartKey, Seen>, signedOn: string | null][] = [
  [
    '2023-邢庄镇.txt',
    {
      leadership: ['present', 5, 8],
      measures: ['present', 9, 21],
      shortcomings: ['present', 22, 29],
      nextYear: ['present', 30, 33],
      other: ['missing'],
    },
    '2023-12-14',
  ],
  [
    '2023-北留镇.txt',
    {
      leadership: ['present', 7, 29],
      measures: ['present', 31, 61],
      shortcomings: ['present', 63, 75],
      nextYear: ['present', 81, 93],
      other: ['missing'],
    },
    '2024-01-25',
  ],
  [
    '2022-法镇.txt',
    {
      measures: ['present', 8, 22],
      shortcomings: ['present', 23, 24],
      leadership: ['missing'],
      nextYear: ['present', 25, 31],
      other: ['missing'],
    },
    null,
  ],
  [
    '2023-沈丘县人民政府办公室.txt',
    {
      leadership: ['token', 9, 11],
      measures: ['present', 13, 23],
      shortcomings: ['present', 25, 27],
      nextYear: ['present', 29, 35],
      other: ['missing'],
    },
    '2023-12-15',
  ],
  [
    '2023-东关镇.txt',
    {
      measures: ['present', 9, 21],
      leadership: ['present', 23, 31],
      shortcomings: ['present', 33, 35],
      nextYear: ['present', 37, 39],
      other: ['missing'],
    },
    null,
  ],
];

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('the five seed reports, checked by hand', () => {
  test.each(SEEDS)('finds the parts of %s where a reader finds them', (file, want) => {
    const text = readFileSync(path.join(REPORTS, file), 'utf8');
    const parts = findParts(text);
    const got = Object.fromEntries(
      Object.entries(parts).map(([key, p]) => {
        const [first] = p.spans;
        const last = p.spans.at(-1);
        const seen =
          first && last ? [p.status, lineOf(text, first.start), lineOf(text, last.end)] : [p.status];
        return [key, seen];
      }),
    );
    expect(got).toEqual(want);
  });

  test.each(SEEDS)('reads the signing date of %s', (file, _parts, signedOn) => {
    const text = readFileSync(path.join(REPORTS, file), 'utf8');
    expect(extractReport(text).meta.signedOn).toBe(signedOn);
  });
});

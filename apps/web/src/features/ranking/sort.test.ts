import type { RankingEntry } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { parseSort, sortRows } from './sort.ts';

const row = (name: string, rank: number | null, value: number | null, change: number | null = null) =>
  ({
    unit: { id: name.charCodeAt(0), name, type: 'town', sample: false, population: null },
    rank,
    tied: false,
    state: value === null ? 'not_mentioned' : 'value',
    value,
    qualifier: value === null ? null : 'exact',
    status: null,
    factIds: [],
    per10k: null,
    base: null,
    smallBase: false,
    previous: null,
    previousState: 'not_mentioned',
    change: change === null ? null : { abs: change, pct: null, rank: null },
  }) as RankingEntry;

const rows = [row('乙镇', 1, 30, 5), row('甲镇', 2, 20, -3), row('丙乡', 3, 10), row('丁乡', null, null)];
const names = (r: RankingEntry[]) => r.map((x) => x.unit.name);

describe('sortRows', () => {
  test.each([
    ['keeps the ranking order by rank', 'rank', 'asc', ['乙镇', '甲镇', '丙乡', '丁乡']],
    ['puts the lowest value first, with 未提及 still last', 'value', 'asc', ['丙乡', '甲镇', '乙镇', '丁乡']],
    [
      'puts the highest value first, with 未提及 still last',
      'value',
      'desc',
      ['乙镇', '甲镇', '丙乡', '丁乡'],
    ],
    [
      'sorts by change with units lacking last year at the bottom',
      'change',
      'desc',
      ['乙镇', '甲镇', '丙乡', '丁乡'],
    ],
    [
      'sorts by change ascending, still without last year at the bottom',
      'change',
      'asc',
      ['甲镇', '乙镇', '丙乡', '丁乡'],
    ],
    ['sorts names in Chinese order', 'name', 'asc', ['丙乡', '丁乡', '甲镇', '乙镇']],
  ] as const)('%s', (_n, key, dir, expected) => {
    expect(names(sortRows(rows, key, dir))).toEqual(expected);
  });
});

describe('parseSort', () => {
  test.each([
    [null, null, { key: 'rank', dir: 'asc' }],
    ['value', null, { key: 'value', dir: 'desc' }],
    ['value', 'asc', { key: 'value', dir: 'asc' }],
    ['bogus', null, { key: 'rank', dir: 'desc' }],
  ])('reads sort=%s dir=%s from the URL', (key, dir, expected) => {
    expect(parseSort(key, dir)).toEqual(expected);
  });
});

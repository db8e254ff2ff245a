import type { Ranking, RankingEntry } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { toRankingBarOption } from './options.ts';

const row = (name: string, over: Partial<RankingEntry>): RankingEntry =>
  ({
    unit: { id: name.length, name, type: 'town', sample: false, population: null },
    rank: 1,
    tied: false,
    state: 'value',
    value: 10,
    qualifier: 'exact',
    status: 'auto',
    factIds: [1],
    per10k: null,
    base: null,
    smallBase: false,
    previous: null,
    previousState: 'not_mentioned',
    change: null,
    ...over,
  }) as RankingEntry;

const ranking = (rows: RankingEntry[], per10k = false): Ranking =>
  ({
    county: { id: 1, name: '示例县' },
    indicator: { key: 'dispute.rate', label: '调处率', unit: '%', direction: 'higher', combine: 'rate' },
    year: 2024,
    group: 'towns',
    per10k,
    minBase: 5,
    asOf: null,
    reviewedShare: 0,
    reported: rows.length,
    rows,
  }) as Ranking;

type Bar = { value: number; text: string; factIds: number[]; itemStyle: { decal?: unknown } };

describe('toRankingBarOption', () => {
  const o = toRankingBarOption(
    ranking([
      row('甲镇', { value: 98.5, factIds: [7] }),
      row('乙镇', { value: 100, rank: null, smallBase: true, base: 2 }),
      row('丙乡', { value: null, rank: null, state: 'no_report', qualifier: null, factIds: [] }),
    ]),
  );
  const bars = (o.series as unknown as { data: Bar[] }[])[0]?.data ?? [];

  test('draws ranked units in order and leaves out units that reported nothing', () => {
    expect((o.yAxis as { data: string[] }).data).toEqual(['甲镇', '乙镇']);
    expect(bars.map((b) => b.value)).toEqual([98.5, 100]);
  });

  test('shows a small-base rate hatched and marked as not ranked', () => {
    expect(bars[1]?.itemStyle.decal).toBeDefined();
    expect(bars[1]?.text).toBe('100%（未排名）');
    expect(bars[0]?.itemStyle.decal).toBeUndefined();
  });

  test('keeps the facts behind each bar for opening its sentence', () => {
    expect(bars[0]?.factIds).toEqual([7]);
  });

  test('titles the chart with county, year and indicator, for the PNG download', () => {
    expect((o.title as { text: string }).text).toBe('示例县 2024年 调处率');
  });

  test('draws per-10,000 figures when asked, leaving out units without a population', () => {
    const p = toRankingBarOption(
      ranking(
        [row('甲镇', { value: 50, per10k: 12.5 }), row('乙镇', { value: 20, per10k: null, rank: null })],
        true,
      ),
    );
    const data = (p.series as unknown as { data: Bar[] }[])[0]?.data ?? [];
    expect(data.map((b) => b.value)).toEqual([12.5]);
  });
});

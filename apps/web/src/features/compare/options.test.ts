import type { Direction } from '@fazhi/catalog/vocabulary';
import type { CompareCell, Indicator } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { toHeatmapOption } from './heatmap.ts';
import { toTrendOption, toYearBarsOption } from './options.ts';
import { indexCells, standing, type Unit } from './table.ts';

const unit = (id: number, name: string, reported: number[]): Unit => ({
  id,
  name,
  type: 'town',
  sample: false,
  population: null,
  reported,
});
// 乙镇's 2023 report leaves pub.events out (未提及); 丙乡 sent no report after 2022 (未报送)
const units = [
  unit(1, '甲镇', [2022, 2023, 2024]),
  unit(2, '乙镇', [2022, 2023, 2024]),
  unit(3, '丙乡', [2022]),
];
const ind = (key: string, unit: string, direction: Direction = 'higher'): Indicator =>
  ({ key, label: key, unit, direction, combine: unit === '%' ? 'rate' : 'sum' }) as Indicator;
const cell = (unitId: number, year: number, key: string, value: number, qualifier = 'exact'): CompareCell =>
  ({
    unitId,
    year,
    key,
    value,
    qualifier,
    status: 'auto',
    source: 'report',
    factIds: [unitId * 100 + year - 2000],
    change: null,
  }) as CompareCell;

const events = ind('pub.events', '次');
const index = indexCells([
  cell(1, 2023, 'pub.events', 10),
  cell(1, 2024, 'pub.events', 12),
  cell(2, 2024, 'pub.events', 100, 'over'),
  cell(3, 2022, 'pub.events', 5),
]);

type Series = {
  name: string;
  data: { value: unknown; factIds: number[]; text?: string }[];
  itemStyle?: { decal?: unknown };
};
const seriesOf = (o: ReturnType<typeof toYearBarsOption>) => o.series as unknown as Series[];

describe('toYearBarsOption', () => {
  const o = toYearBarsOption(units, index, events, 2024);
  const [last, now] = seriesOf(o);

  test('draws last year and this year side by side, last year hatched for black-and-white print', () => {
    expect(seriesOf(o).map((s) => s.name)).toEqual(['2023年', '2024年']);
    expect(last?.itemStyle?.decal).toBeDefined();
    expect(now?.itemStyle?.decal).toBeUndefined();
  });

  test('leaves a gap for a unit that did not report, never a bar of 0', () => {
    expect(now?.data.map((d) => d.value)).toEqual([12, 100, '-']);
    expect(last?.data.map((d) => d.value)).toEqual([10, '-', '-']);
  });

  test('says in the tooltip which gap is 未提及 and which is 未报送', () => {
    expect(now?.data[2]?.text).toBe('未报送');
    expect(last?.data.map((d) => d.text)).toEqual(['10次（自动提取，未审核）', '未提及', '未报送']);
  });

  test('carries the facts behind each bar and the figure as the report said it', () => {
    expect(now?.data[0]?.factIds).toEqual([124]);
    expect(now?.data[1]?.text).toBe('100余次（自动提取，未审核）');
  });
});

describe('toTrendOption', () => {
  test('draws one line per unit across all years, with gaps where a year is missing', () => {
    const o = toTrendOption(units, index, events, [2022, 2023, 2024]);
    const series = o.series as unknown as (Series & { connectNulls: boolean })[];
    expect(series.map((s) => s.name)).toEqual(['甲镇', '乙镇', '丙乡']);
    expect(series.map((s) => s.data.map((d) => d.value))).toEqual([
      ['-', 10, 12],
      ['-', '-', 100],
      [5, '-', '-'],
    ]);
    expect(series.every((s) => s.connectNulls === false)).toBe(true);
  });
});

describe('toHeatmapOption', () => {
  const lost = ind('litig.lost', '件', 'lower');
  const heatIndex = indexCells([
    cell(1, 2024, 'pub.events', 12),
    cell(2, 2024, 'pub.events', 100, 'over'),
    cell(1, 2024, 'litig.lost', 3),
    cell(3, 2024, 'litig.lost', 0),
  ]);
  const heatUnits = [
    unit(1, '甲镇', [2024]),
    unit(2, '乙镇', [2024]),
    unit(3, '丙乡', [2024]),
    unit(4, '丁乡', []),
  ];
  const o = toHeatmapOption(heatUnits, heatIndex, [events, lost], 2024);
  const data = (o.series as unknown as Series[])[0]?.data ?? [];
  const at = (x: number, y: number) =>
    data.find((d) => (d.value as number[])[0] === x && (d.value as number[])[1] === y);

  test.each([
    ['the highest count is darkest when higher is better', 0, 1, 1],
    ['the lowest count is lightest when higher is better', 0, 0, 0],
    ['fewer lost cases is better (败诉: lower is better)', 1, 2, 1],
    ['more lost cases is worse', 1, 0, 0],
    ['a report without the figure is out of the scale (未提及), never 0', 0, 2, -1],
    ['a unit without a report is out of the scale apart from 未提及 (未报送)', 0, 3, -2],
  ])('%s', (_name, x, y, score) => {
    expect((at(x, y)?.value as number[] | undefined)?.[2]).toBe(score);
  });

  test('marks a value a person corrected', () => {
    const corrected = indexCells([
      { ...cell(1, 2024, 'pub.events', 15), status: 'corrected' } as CompareCell,
    ]);
    const d =
      (toHeatmapOption(units, corrected, [events], 2024).series as unknown as Series[])[0]?.data ?? [];
    expect(d[0]?.text).toBe('15✎');
    const bars = seriesOf(toYearBarsOption(units, corrected, events, 2024))[1]?.data ?? [];
    expect(bars[0]?.text).toBe('15次（已审核：人工更正）');
  });

  test('labels cells with the figure as reported, 未提及 plain and 未报送 hatched', () => {
    expect(at(0, 1)?.text).toBe('100余');
    expect(at(0, 2)?.text).toBe('未提及');
    expect(at(0, 2)?.factIds).toEqual([]);
    expect(at(1, 1)?.text).toBe('未提及');
    expect(at(1, 3)?.text).toBe('未报送');
    expect((at(1, 3) as { itemStyle?: { decal?: unknown } })?.itemStyle?.decal).toBeDefined();
    expect((at(1, 1) as { itemStyle?: { decal?: unknown } })?.itemStyle).toBeUndefined();
  });

  test('colours 未提及 and 未报送 with pieces of their own', () => {
    const pieces = (o.visualMap as { pieces: { lt?: number; gte?: number; label?: string }[] }).pieces;
    const pieceOf = (v: number) =>
      pieces.find((p) => (p.lt === undefined || v < p.lt) && (p.gte === undefined || v >= p.gte));
    expect(pieceOf(-2)?.label).toBe('未报送');
    expect(pieceOf(-1)?.label).toBe('未提及');
  });
});

describe('standing', () => {
  test('gives equal values the same standing', () => {
    const s = standing(
      new Map([
        [1, 5],
        [2, 5],
        [3, 9],
      ]),
      'higher',
    );
    expect([s.get(1), s.get(2), s.get(3)]).toEqual([0, 0, 1]);
  });

  test.each([
    ['higher', [0, 0.5, 1]],
    ['lower', [1, 0.5, 0]],
    ['neither', [0, 0.5, 1]],
  ] as const)(
    'a %s-is-better figure stands by %j (a caseload by size, the largest darkest)',
    (d, expected) => {
      const s = standing(
        new Map([
          [1, 12],
          [2, 88],
          [3, 427],
        ]),
        d,
      );
      expect([s.get(1), s.get(2), s.get(3)]).toEqual(expected);
    },
  );

  test('gives a lone unit full standing', () => {
    expect(standing(new Map([[1, 4]]), 'higher').get(1)).toBe(1);
  });
});

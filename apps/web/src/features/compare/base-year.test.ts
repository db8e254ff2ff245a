import type { CompareCell, Indicator } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { toYearBarsOption } from './options.ts';
import { changeRows, chosenUnits, indexCells, type Unit } from './table.ts';
import { parseUnitIds } from './UnitPicker.tsx';

const unit = (id: number, name: string): Unit => ({
  id,
  name,
  type: 'town',
  sample: false,
  population: null,
  reported: [2020, 2021, 2022, 2023],
});
const units = [unit(1, '甲镇'), unit(2, '乙镇'), unit(3, '丙乡')];
const events = {
  key: 'pub.events',
  label: '普法活动',
  unit: '次',
  direction: 'higher',
  combine: 'sum',
} as Indicator;
const cell = (unitId: number, year: number, value: number) =>
  ({
    unitId,
    year,
    key: 'pub.events',
    value,
    qualifier: 'exact',
    status: 'auto',
    factIds: [],
    change: null,
  }) as unknown as CompareCell;
const index = indexCells([cell(1, 2020, 8), cell(1, 2022, 10), cell(1, 2023, 12), cell(2, 2023, 5)]);

type Bars = {
  series: { name: string; data: { value: unknown }[] }[];
  yAxis: { type: string; data?: string[] };
};

describe('comparison against any base year, on the units chosen', () => {
  test.each([
    ['last year by default', 2022, { abs: 2, pct: 20 }],
    ['three years back when asked', 2020, { abs: 4, pct: 50 }],
    ['no change where the base year lacks the figure', 2021, null],
  ])('the change table compares with %s', (_name, base, change) => {
    const [row] = changeRows(units, [events], index, 2023, base);
    expect(row?.cells[0]?.change).toEqual(change);
  });

  test('the bars name and show the base year, not always last year', () => {
    const o = toYearBarsOption(units, index, events, 2023, 2020) as unknown as Bars;
    expect(o.series.map((s) => s.name)).toEqual(['2020年', '2023年']);
    expect(o.series[0]?.data.map((p) => p.value)).toEqual([8, '-', '-']);
  });

  test('on a phone the units run down the side', () => {
    const o = toYearBarsOption(units, index, events, 2023, 2022, true) as unknown as Bars;
    expect(o.yAxis.type).toBe('category');
    expect(o.yAxis.data).toEqual(['甲镇', '乙镇', '丙乡']);
  });

  test.each([
    ['every unit when none is chosen', [], ['甲镇', '乙镇', '丙乡']],
    ['only the chosen ones, in the units’ order', [3, 1], ['甲镇', '丙乡']],
    ['none of another group’s units', [99], []],
  ])('the charts show %s', (_name, chosen, names) => {
    expect(chosenUnits(units, chosen).map((u) => u.name)).toEqual(names);
  });

  test.each([
    ['12,15', [12, 15]],
    ['', []],
    ['12,abc,-3,1.5', [12]],
  ])('the units parameter %j reads as %j', (param, ids) => {
    expect(parseUnitIds(param)).toEqual(ids);
  });
});

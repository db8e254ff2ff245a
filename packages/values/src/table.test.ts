import { describe, expect, test } from 'vitest';
import { PackedCellTable } from './packed.ts';
import { CellTable } from './table.ts';
import type { Cell, CellLookup } from './types.ts';
import { UnitYearMap } from './unit-year-map.ts';

const cell = (unitId: number, year: number, key: Cell['key'], value: number): Cell => ({
  unitId,
  year,
  key,
  value,
  qualifier: 'exact',
  status: 'auto',
  source: 'report',
  factIds: [],
  change: null,
});
const cells = [
  cell(1, 2022, 'pub.events', 10),
  cell(1, 2023, 'pub.events', 12),
  cell(2, 2023, 'pub.events', 30),
  cell(1, 2023, 'pub.reach', 500),
  cell(1, 2020, 'pub.events', 8),
];

// the object table (cells in hand) and the packed one (what the server keeps) answer alike
describe.each([
  ['CellTable', new CellTable(cells) as CellLookup],
  ['PackedCellTable', new PackedCellTable(cells) as CellLookup],
])('%s', (_name, table) => {
  test.each([
    ['finds a unit-year value by unit, year and indicator', 1, 2023, 'pub.events', 12],
    ['has none for a unit that did not give the figure that year', 2, 2022, 'pub.events', undefined],
    ['has none for an indicator nobody gave', 1, 2023, 'pub.materials', undefined],
  ] as const)('%s', (_name, unitId, year, key, want) => {
    expect(table.get(unitId, year, key)?.value).toBe(want);
  });

  test('a column is every unit of one indicator and year, by unit id', () => {
    expect([...table.column('pub.events', 2023)].map(([id, c]) => [id, c.value])).toEqual([
      [1, 12],
      [2, 30],
    ]);
    expect(table.column('pub.events', 2019).size).toBe(0);
  });

  test('a row is every indicator one unit gave in one year', () => {
    expect([...table.row(1, 2023).keys()]).toEqual(['pub.events', 'pub.reach']);
    expect(table.row(3, 2023).size).toBe(0);
  });

  test.each([
    ['against the year before', 2022, { abs: 2, pct: 20 }],
    ['against any base year', 2020, { abs: 4, pct: 50 }],
    ['none when the base year has no value', 2021, null],
  ])('change %s', (_name, baseYear, want) => {
    expect(table.change({ unitId: 1, year: 2023, key: 'pub.events' }, baseYear)).toEqual(want);
  });

  test("lists a unit's years in the order their first value came", () => {
    expect(table.yearsOf(1)).toEqual([2022, 2023, 2020]);
    expect(table.yearsOf(9)).toEqual([]);
  });

  test('selects cells by indicator and year in the order they were made', () => {
    const values = (list: Cell[]) => list.map((c) => c.value);
    expect(values(table.select())).toEqual([10, 12, 30, 500, 8]);
    expect(values(table.select(new Set(['pub.events'] as const), new Set([2023, 2020])))).toEqual([
      12, 30, 8,
    ]);
    expect(values(table.select(new Set(['pub.materials'] as const)))).toEqual([]);
  });
});

describe('UnitYearMap', () => {
  test('keeps one entry per unit-year, in the order added, a set again keeping its place', () => {
    const m = new UnitYearMap<string>().set(1, 2023, 'a').set(2, 2022, 'b').set(1, 2023, 'c');
    expect([...m]).toEqual([
      { unitId: 1, year: 2023, value: 'c' },
      { unitId: 2, year: 2022, value: 'b' },
    ]);
    expect(m.get(1, 2023)).toBe('c');
    expect(m.has(1, 2022)).toBe(false);
    expect(m.upsert(2, 2022, () => 'new')).toBe('b');
    expect(m.upsert(3, 2021, () => 'new')).toBe('new');
  });
});

import { describe, expect, test } from 'vitest';
import { cellsFromFacts, tableFromFacts } from './cells.ts';
import type { Cell, StoredFact } from './types.ts';

let nextId = 1;
/** A stored fact of unit 1, from the report of the year it is about unless said otherwise. */
const fact = (over: Partial<StoredFact> & Pick<StoredFact, 'key' | 'year' | 'value'>): StoredFact => ({
  id: nextId++,
  unitId: 1,
  qualifier: 'exact',
  role: null,
  status: 'auto',
  text: `${over.value}件`,
  reportYear: over.year,
  ...over,
});
const only = (cells: Cell[], year: number, key: string) =>
  cells.filter((c) => c.year === year && c.key === key);

describe('cellsFromFacts: whose figure a unit-year is', () => {
  test.each([
    [
      "the year's own report speaks for it over a later report's 比上年 figure",
      [
        fact({ key: 'recon.received', year: 2022, value: 400 }),
        fact({ key: 'recon.received', year: 2022, value: 427, reportYear: 2023 }),
      ],
      { value: 400, source: 'report' },
    ],
    [
      "a later report's figure fills a year without its own",
      [fact({ key: 'recon.received', year: 2022, value: 427, reportYear: 2023 })],
      { value: 427, source: 'later_report' },
    ],
    [
      'a single stated figure is the value as stored',
      [fact({ key: 'pub.events', year: 2022, value: 12.345 })],
      { value: 12.345, source: 'report' },
    ],
    [
      'several mentions combine by the catalog rules',
      [
        fact({ key: 'pub.events', year: 2022, value: 100, qualifier: 'over' }),
        fact({ key: 'pub.events', year: 2022, value: 6 }),
      ],
      { value: 106, qualifier: 'over', source: 'report' },
    ],
  ])('%s', (_name, facts, want) => {
    const [cell, ...more] = cellsFromFacts(facts);
    expect(more).toEqual([]);
    expect(cell).toMatchObject(want);
  });

  test('makes no value of parts alone, nor of a key the catalog does not have', () => {
    const cells = cellsFromFacts([
      fact({ key: 'pub.events', year: 2022, value: 9, role: 'part' }),
      fact({ key: 'pub.retired_key', year: 2022, value: 9 }),
    ]);
    expect(cells).toEqual([]);
  });
});

describe('cellsFromFacts: review status and the facts behind a value', () => {
  test.each([
    ['auto while no person looked', ['auto', 'confirmed'], 'auto'],
    ['confirmed when a person confirmed every fact', ['confirmed', 'confirmed'], 'confirmed'],
    ['corrected when a person corrected a fact', ['confirmed', 'corrected'], 'corrected'],
    ['corrected when a person added a fact', ['auto', 'added'], 'corrected'],
  ])('%s', (_name, statuses, want) => {
    const facts = statuses.map((status, i) =>
      fact({ key: 'pub.events', year: 2022, value: i + 1, status, text: `第${i}次` }),
    );
    const [cell] = cellsFromFacts(facts);
    expect(cell?.status).toBe(want);
    expect(cell?.factIds).toEqual(facts.map((f) => f.id));
  });
});

describe('cellsFromFacts: the correction rate', () => {
  const closed = fact({ key: 'recon.closed', year: 2023, value: 63 });
  const revoked = fact({ key: 'recon.revoked', year: 2023, value: 1 });
  const ordered = fact({ key: 'recon.ordered', year: 2023, value: 3, status: 'confirmed' });

  test('is derived from the own report when not stated, with the facts behind it', () => {
    const [rate] = only(cellsFromFacts([closed, revoked, ordered]), 2023, 'recon.correction_rate');
    expect(rate).toMatchObject({ value: 6.35, qualifier: 'derived', source: 'report', status: 'auto' });
    expect(rate?.factIds).toEqual([closed.id, revoked.id, ordered.id]);
  });

  test('is not derived when the report states it', () => {
    const stated = fact({ key: 'recon.correction_rate', year: 2023, value: 2 });
    const rates = only(cellsFromFacts([closed, revoked, stated]), 2023, 'recon.correction_rate');
    expect(rates.map((c) => [c.value, c.qualifier])).toEqual([[2, 'exact']]);
  });

  test("is not derived from a later report's counts", () => {
    const closedOwn = fact({ key: 'recon.closed', year: 2022, value: 63 });
    const revokedLater = fact({ key: 'recon.revoked', year: 2022, value: 5, reportYear: 2023 });
    expect(only(cellsFromFacts([closedOwn, revokedLater]), 2022, 'recon.correction_rate')).toEqual([]);
  });
});

describe('cellsFromFacts: change against the year before', () => {
  test.each([
    ['the difference and its share of last year', [427, 88], { abs: -339, pct: -79.4 }],
    ['no share from a year of 0', [0, 5], { abs: 5, pct: null }],
  ])('%s', (_name, [before, now], want) => {
    const cells = cellsFromFacts([
      fact({ key: 'recon.received', year: 2022, value: before ?? 0 }),
      fact({ key: 'recon.received', year: 2023, value: now ?? 0 }),
    ]);
    expect(only(cells, 2023, 'recon.received')[0]?.change).toEqual(want);
    expect(only(cells, 2022, 'recon.received')[0]?.change).toBeNull();
  });

  test('none when the year before is missing', () => {
    const cells = cellsFromFacts([
      fact({ key: 'recon.received', year: 2021, value: 5 }),
      fact({ key: 'recon.received', year: 2023, value: 7 }),
    ]);
    expect(cells.map((c) => c.change)).toEqual([null, null]);
  });
});

describe('tableFromFacts', () => {
  test('holds the same cells as cellsFromFacts, in the same order, change and facts included', () => {
    const facts = [
      fact({ key: 'recon.received', year: 2022, value: 40, status: 'confirmed' }),
      fact({ key: 'recon.received', year: 2023, value: 50 }),
      fact({ key: 'recon.received', year: 2022, value: 42, reportYear: 2023 }),
      fact({ key: 'pub.events', year: 2023, value: 100, qualifier: 'over' }),
      fact({ key: 'pub.events', year: 2023, value: 6, text: '6次', status: 'corrected' }),
      fact({ key: 'recon.direct_corrections', year: 2023, value: 3 }),
      fact({ key: 'recon.revoked', year: 2023, value: 1 }),
      fact({ key: 'dispute.cases', year: 2021, value: 9, unitId: 2, reportYear: 2022 }),
    ];
    const cells = cellsFromFacts(facts);
    expect(cells.length).toBeGreaterThan(5);
    expect(tableFromFacts(facts).select()).toEqual(cells);
  });
});

import type { IndicatorKey } from '@fazhi/catalog';
import { changeBetween } from './change.ts';
import type { Cell, CellAddress, CellLookup, Change } from './types.ts';
import { UnitYearMap } from './unit-year-map.ts';

const NONE: ReadonlyMap<never, never> = new Map<never, never>();

/**
 * Unit-year values of many units, years and indicators, looked up by unit, year and indicator. Built from
 * cells the value model made (`cellsFromFacts`) or received over the wire; it imports nothing at run time,
 * so the browser bundle stays small.
 */
export class CellTable<C extends CellAddress & { value: number } = Cell> implements CellLookup<C> {
  readonly cells: readonly C[];
  private readonly rows = new UnitYearMap<Map<IndicatorKey, C>>();
  private readonly columns = new Map<IndicatorKey, Map<number, Map<number, C>>>();

  constructor(cells: readonly C[]) {
    this.cells = cells;
    for (const c of cells) {
      this.rows.upsert(c.unitId, c.year, () => new Map()).set(c.key, c);
      let years = this.columns.get(c.key);
      if (!years) {
        years = new Map();
        this.columns.set(c.key, years);
      }
      const units = years.get(c.year);
      if (units) units.set(c.unitId, c);
      else years.set(c.year, new Map([[c.unitId, c]]));
    }
  }

  /** A unit's value of one indicator in one year; none when the unit did not give it. */
  get(unitId: number, year: number, key: IndicatorKey): C | undefined {
    return this.rows.get(unitId, year)?.get(key);
  }

  /** Every unit's value of one indicator in one year, by unit id. */
  column(key: IndicatorKey, year: number): ReadonlyMap<number, C> {
    return this.columns.get(key)?.get(year) ?? NONE;
  }

  /** Every indicator one unit gave for one year, by key. */
  row(unitId: number, year: number): ReadonlyMap<IndicatorKey, C> {
    return this.rows.get(unitId, year) ?? NONE;
  }

  /** A unit's value against a base year (any year, not only the one before); none when either is missing. */
  change(at: CellAddress, baseYear: number): Change | null {
    const now = this.get(at.unitId, at.year, at.key);
    const base = this.get(at.unitId, baseYear, at.key);
    return now && base ? changeBetween(base.value, now.value) : null;
  }

  /** The years a unit has any value for, in the order their first value came. */
  yearsOf(unitId: number): number[] {
    return this.rows.yearsOf(unitId);
  }

  select(keys?: ReadonlySet<IndicatorKey>, years?: ReadonlySet<number>): C[] {
    return this.cells.filter((c) => (!keys || keys.has(c.key)) && (!years || years.has(c.year)));
  }
}

import type { IndicatorKey } from '@fazhi/catalog';
import { type Direction, largestFirst } from '@fazhi/catalog/vocabulary';
import { type ValueState, valueState } from '@fazhi/catalog/wording';
import type { CompareCell, Comparison, Indicator } from '@fazhi/contract';
import { changeBetween } from '@fazhi/values/change';
import { CellTable } from '@fazhi/values/table';

export type Unit = Comparison['units'][number];

export type Cells = CellTable<CompareCell>;

/** The comparison's cells, looked up by unit, year and indicator. */
export const indexCells = (cells: readonly CompareCell[]): Cells => new CellTable(cells);

/** The figure of a unit-year, or why there is none: a report without it (未提及) or no report (未报送). */
export const stateAt = (index: Cells, unit: Unit, year: number, key: IndicatorKey): ValueState =>
  valueState(index.get(unit.id, year, key) !== undefined, unit.reported.includes(year));

/** No unit shown has a report for the year: the view says so once instead of every unit as 未报送. */
export const isEmptyYear = (units: readonly Unit[], year: number) =>
  !units.some((u) => u.reported.includes(year));

/**
 * Each unit's standing within one indicator in one year, 0 (worst) to 1 (best), in the indicator's own
 * direction (a caseload by size, 1 the largest); equal values share a score. Missing values have none.
 * Colours a heatmap across unlike units.
 */
export function standing(values: Map<number, number>, direction: Direction): Map<number, number> {
  const up = largestFirst(direction);
  const distinct = [...new Set(values.values())].sort((a, b) => (up ? a - b : b - a));
  const out = new Map<number, number>();
  for (const [id, v] of values) {
    out.set(id, distinct.length === 1 ? 1 : distinct.indexOf(v) / (distinct.length - 1));
  }
  return out;
}

export interface ChangeRow {
  unit: Unit;
  cells: {
    indicator: Indicator;
    cell: CompareCell | undefined;
    state: ValueState;
    /** against the base year; null when either year lacks the figure */
    change: { abs: number; pct: number | null } | null;
  }[];
}

/**
 * The change table: one row per unit, one column per indicator, the year's figure (or why there is none) and
 * its change from the base year (last year unless another is asked).
 */
export function changeRows(
  units: readonly Unit[],
  indicators: readonly Indicator[],
  index: Cells,
  year: number,
  base: number,
): ChangeRow[] {
  return units.map((unit) => ({
    unit,
    cells: indicators.map((indicator) => {
      const cell = index.get(unit.id, year, indicator.key);
      const before = index.get(unit.id, base, indicator.key);
      return {
        indicator,
        cell,
        state: stateAt(index, unit, year, indicator.key),
        change: cell && before ? changeBetween(before.value, cell.value) : null,
      };
    }),
  }));
}

/** The units a chart shows: the chosen ones of the group in the URL, or all of them when none is chosen. */
export const chosenUnits = (units: readonly Unit[], chosen: readonly number[]): readonly Unit[] =>
  chosen.length === 0 ? units : units.filter((u) => chosen.includes(u.id));

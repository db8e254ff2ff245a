import type { IndicatorKey } from '@fazhi/catalog';
import { type Direction, largestFirst } from '@fazhi/catalog/vocabulary';
import { type ValueState, valueState } from '@fazhi/catalog/wording';
import type { CompareCell, Comparison, Indicator } from '@fazhi/contract';
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
  cells: { indicator: Indicator; cell: CompareCell | undefined; state: ValueState }[];
}

/** The year-over-year table: one row per unit, one column per indicator, a figure or why there is none. */
export function changeRows(
  units: readonly Unit[],
  indicators: readonly Indicator[],
  index: Cells,
  year: number,
): ChangeRow[] {
  return units.map((unit) => ({
    unit,
    cells: indicators.map((indicator) => ({
      indicator,
      cell: index.get(unit.id, year, indicator.key),
      state: stateAt(index, unit, year, indicator.key),
    })),
  }));
}

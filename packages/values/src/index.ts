export { cellsFromFacts, tableFromFacts } from './cells.ts';
export { changeBetween } from './change.ts';
export { type Combined, combineMentions, looserQualifier } from './combine.ts';
export { DERIVATION_INPUTS, DERIVED_RATES, deriveRate } from './derive.ts';
export { PackedCellTable } from './packed.ts';
export { type UnitYearValues, unitYearValues } from './report.ts';
export { CellTable } from './table.ts';
export type * from './types.ts';
export { UnitYearMap } from './unit-year-map.ts';

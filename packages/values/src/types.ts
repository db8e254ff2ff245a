import type { IndicatorKey, Qualifier, ValueQualifier, ValueStatus } from '@fazhi/catalog';

export type { ValueQualifier } from '@fazhi/catalog';

export interface UnitYearValue {
  value: number;
  qualifier: ValueQualifier;
}

/** What combining needs of a fact; stored facts (with ids and statuses) fit as well as extracted ones. */
export interface Mention {
  key: string;
  value: number;
  qualifier: Qualifier;
  role: 'total' | 'part' | null;
  /** the words the figure was read from; one figure stated twice in the same words is one mention */
  text: string;
}

/** A stored fact that counts (not rejected nor waiting for review), with the year of its report. */
export interface StoredFact extends Mention {
  id: number;
  unitId: number;
  year: number;
  /** the fact's review status: auto, confirmed, or corrected / added by a person */
  status: string;
  reportYear: number;
}

/** A value's review state: 自动提取 / 已确认 / 已更正 (a person corrected or added a figure in it). */
export type CellStatus = ValueStatus;

/** report: from that year's own report; later_report: only from a later report's comparison (比上年). */
export type CellSource = 'report' | 'later_report';

/** Against a base year: this year minus the base; pct is null when the base was 0. */
export interface Change {
  abs: number;
  pct: number | null;
}

/** Where a value sits in the table: a unit, a year, an indicator. */
export interface CellAddress {
  unitId: number;
  year: number;
  key: IndicatorKey;
}

/** A unit-year value of one indicator and where it came from. Not reported = no cell, never 0. */
export interface Cell extends CellAddress, UnitYearValue {
  status: CellStatus;
  source: CellSource;
  /** the facts the value was made from */
  factIds: number[];
  /** against the year before; null when either year is missing */
  change: Change | null;
}

/**
 * Unit-year values looked up by unit, year and indicator: `CellTable` over cells in hand (the browser's, the
 * API's), `PackedCellTable` for the tables the server keeps. Cells come in the order they were made.
 */
export interface CellLookup<C extends CellAddress & { value: number } = Cell> {
  /** A unit's value of one indicator in one year; none when the unit did not give it. */
  get(unitId: number, year: number, key: IndicatorKey): C | undefined;
  /** Every unit's value of one indicator in one year, by unit id. */
  column(key: IndicatorKey, year: number): ReadonlyMap<number, C>;
  /** Every indicator one unit gave for one year, by key. */
  row(unitId: number, year: number): ReadonlyMap<IndicatorKey, C>;
  /** A unit's value against a base year (any year, not only the one before); none when either is missing. */
  change(at: CellAddress, baseYear: number): Change | null;
  /** The years a unit has any value for, in the order their first value came. */
  yearsOf(unitId: number): number[];
  /** The cells of these indicators and years (all when not given). */
  select(keys?: ReadonlySet<IndicatorKey>, years?: ReadonlySet<number>): C[];
}

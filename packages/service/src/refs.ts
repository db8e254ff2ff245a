import type { Combine, Direction, IndicatorKey, UnitType } from '@fazhi/catalog';

/** A unit as every answer names it. */
export interface UnitRef {
  id: number;
  name: string;
  type: UnitType;
  sample: boolean;
  population: number | null;
}

/** An indicator as every answer names it: what a reader needs to show and order its values. */
export interface IndicatorInfo {
  key: IndicatorKey;
  label: string;
  unit: string;
  direction: Direction;
  combine: Combine;
}

/** A county as every answer names it. */
export interface CountyRef {
  id: number;
  name: string;
}

/** The report a figure to review was read from, with its unit and the unit's county (null: none yet). */
export interface ReportRef {
  id: number;
  year: number;
  unit: UnitRef;
  county: CountyRef | null;
}

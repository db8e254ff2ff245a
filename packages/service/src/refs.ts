import type { UnitRef } from './lists.ts';

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

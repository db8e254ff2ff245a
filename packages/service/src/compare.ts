import { FOCUS_KEYS, INDICATORS } from '@fazhi/catalog';
import { reportYears } from '@fazhi/db';
import type { Cell } from '@fazhi/values';
import { resolveIndicator } from './county.ts';
import { indicatorInfo, unitRef } from './lists.ts';
import { modelOf, type ReadSource } from './read-model.ts';
import type { CountyRef, IndicatorInfo, UnitRef } from './refs.ts';

export interface CompareParams {
  county: string;
  indicators?: string[] | undefined;
  years?: number[] | undefined;
}

/** A unit compared, with the years shown in which it has a report in force. */
export interface ComparedUnit extends UnitRef {
  reported: number[];
}

/** A unit-year without a cell is 未提及 when its unit reported that year, 未报送 when it did not. */
export interface Comparison {
  county: CountyRef;
  years: number[];
  indicators: IndicatorInfo[];
  units: ComparedUnit[];
  cells: Cell[];
  /** years shown in which no unit of the county has a report in force (said once, not per unit) */
  emptyYears: number[];
  /** the newest ingest or review in the data shown */
  asOf: string | null;
}

/**
 * Units × years × indicators of one county: values, review status, year-over-year change, facts behind,
 * and which unit-years have a report (a unit-year without a cell is 未提及 with one, 未报送 without).
 */
export async function compare(source: ReadSource, q: CompareParams): Promise<Comparison> {
  const model = await modelOf(source);
  const county = await model.county(q.county);
  const keys = q.indicators?.map(resolveIndicator) ?? FOCUS_KEYS;
  const years = q.years ?? (await reportYears(model.db, county.id));
  const keySet = new Set(keys);
  const computed = await model.countyCells(county.id);
  const cells = computed.table.select(keySet, new Set(years));
  return {
    county: { id: county.id, name: county.name },
    years,
    indicators: INDICATORS.filter((i) => keySet.has(i.key)).map(indicatorInfo),
    units: computed.units.map((u) => ({
      ...unitRef(u),
      reported: years.filter((y) => computed.reported.get(y)?.has(u.id)),
    })),
    cells,
    emptyYears: years.filter((y) => !computed.reported.has(y)),
    asOf: computed.asOf,
  };
}

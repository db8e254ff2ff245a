import { FOCUS_KEYS, INDICATORS } from '@fazhi/catalog';
import type { CompareResponse } from '@fazhi/contract';
import { type Db, reportYears } from '@fazhi/db';
import type { z } from 'zod';
import { resolveCounty, resolveIndicator } from './county.ts';
import { indicatorInfo, unitRef } from './lists.ts';
import { countyCells } from './memo.ts';

export interface CompareParams {
  county: string;
  indicators?: string[] | undefined;
  years?: number[] | undefined;
}

/**
 * Units × years × indicators of one county: values, review status, year-over-year change, facts behind,
 * and which unit-years have a report (a unit-year without a cell is 未提及 with one, 未报送 without).
 */
export function compare(db: Db, q: CompareParams): z.infer<typeof CompareResponse> {
  const county = resolveCounty(db, q.county);
  const keys = q.indicators?.map(resolveIndicator) ?? FOCUS_KEYS;
  const years = q.years ?? reportYears(db, county.id);
  const keySet = new Set<string>(keys);
  const yearSet = new Set(years);
  const computed = countyCells(db, county.id);
  const cells = computed.table.cells.filter((c) => keySet.has(c.key) && yearSet.has(c.year));
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

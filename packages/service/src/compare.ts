import { FOCUS_KEYS, INDICATORS } from '@fazhi/catalog';
import type { CompareResponse } from '@fazhi/contract';
import { reportYears } from '@fazhi/db';
import type { z } from 'zod';
import { resolveIndicator } from './county.ts';
import { indicatorInfo, unitRef } from './lists.ts';
import { modelOf, type ReadSource } from './read-model.ts';

export interface CompareParams {
  county: string;
  indicators?: string[] | undefined;
  years?: number[] | undefined;
}

/**
 * Units × years × indicators of one county: values, review status, year-over-year change, facts behind,
 * and which unit-years have a report (a unit-year without a cell is 未提及 with one, 未报送 without).
 */
export function compare(source: ReadSource, q: CompareParams): z.infer<typeof CompareResponse> {
  const model = modelOf(source);
  const county = model.county(q.county);
  const keys = q.indicators?.map(resolveIndicator) ?? FOCUS_KEYS;
  const years = q.years ?? reportYears(model.db, county.id);
  const keySet = new Set(keys);
  const computed = model.countyCells(county.id);
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

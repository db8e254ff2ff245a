import { GROUPS, INDICATORS, type IndicatorKey } from '@fazhi/catalog';
import type { CompareResponse } from '@fazhi/contract';
import { asOf, type Db, reportYears, unitsOfCounty, type ValueFactRow, valueFactsOfCounty } from '@fazhi/db';
import type { z } from 'zod';
import { computeCells } from './cells.ts';
import { resolveCounty, resolveIndicator } from './county.ts';
import { indicatorInfo, unitRef } from './lists.ts';

const FOCUS = new Set(GROUPS.filter((g) => g.focus).map((g) => g.key));
export const FOCUS_KEYS: IndicatorKey[] = INDICATORS.filter((i) => FOCUS.has(i.group)).map((i) => i.key);
const CORRECTION_PARTS = [
  'recon.closed',
  'recon.revoked',
  'recon.changed',
  'recon.confirmed_illegal',
  'recon.ordered',
];

/** The facts needed for these keys and years (and the year before each, for the change). */
export function factsFor(rows: ValueFactRow[], keys: IndicatorKey[], years: number[]): ValueFactRow[] {
  const wanted = new Set<string>(keys);
  if (wanted.has('recon.correction_rate')) for (const k of CORRECTION_PARTS) wanted.add(k);
  const yearSet = new Set(years.flatMap((y) => [y, y - 1]));
  return rows.filter((f) => wanted.has(f.key) && yearSet.has(f.year));
}

export interface CompareParams {
  county: string;
  indicators?: string[] | undefined;
  years?: number[] | undefined;
}

/** Units × years × indicators of one county: values, review status, year-over-year change, facts behind. */
export function compare(db: Db, q: CompareParams): z.infer<typeof CompareResponse> {
  const county = resolveCounty(db, q.county);
  const keys = q.indicators?.map(resolveIndicator) ?? FOCUS_KEYS;
  const years = q.years ?? reportYears(db, county.id);
  const keySet = new Set<string>(keys);
  const yearSet = new Set(years);
  const cells = computeCells(factsFor(valueFactsOfCounty(db, county.id), keys, years)).filter(
    (c) => keySet.has(c.key) && yearSet.has(c.year),
  );
  return {
    county: { id: county.id, name: county.name },
    years,
    indicators: INDICATORS.filter((i) => keySet.has(i.key)).map(indicatorInfo),
    units: unitsOfCounty(db, county.id).map(unitRef),
    cells,
    asOf: asOf(db, county.id),
  };
}

import {
  asOf,
  type Db,
  dataVersion,
  reportedUnitYears,
  type Unit,
  unitsOfCounty,
  valueFactsOfCounty,
} from '@fazhi/db';
import { type CellTable, tableFromFacts } from '@fazhi/values';

interface CountyCells {
  version: number;
  /** every unit-year value of the county */
  table: CellTable;
  /** year → ids of the units with a report in force for it (a unit-year not here is 未报送) */
  reported: Map<number, Set<number>>;
  /** the newest ingest or review of the county */
  asOf: string | null;
  units: Unit[];
}

// One computed table per county and connection, recomputed when the data version moves (any writer).
const memo = new WeakMap<object, Map<number, CountyCells>>();
const MAX_COUNTIES = 200;

/** Every unit-year value of a county, computed once per change of the data. */
export function countyCells(db: Db, countyId: number): CountyCells {
  const session = (db as unknown as { session: object }).session;
  let byCounty = memo.get(session);
  if (!byCounty) {
    byCounty = new Map();
    memo.set(session, byCounty);
  }
  const version = dataVersion(db);
  const hit = byCounty.get(countyId);
  if (hit && hit.version === version) return hit;
  const reported = new Map<number, Set<number>>();
  for (const r of reportedUnitYears(db, countyId)) {
    const ids = reported.get(r.year);
    if (ids) ids.add(r.unitId);
    else reported.set(r.year, new Set([r.unitId]));
  }
  const entry = {
    version,
    table: tableFromFacts(valueFactsOfCounty(db, countyId)),
    reported,
    asOf: asOf(db, countyId),
    units: unitsOfCounty(db, countyId),
  };
  if (byCounty.size >= MAX_COUNTIES) byCounty.delete(byCounty.keys().next().value as number);
  byCounty.set(countyId, entry);
  return entry;
}

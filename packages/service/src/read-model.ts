import {
  asOf,
  countyByName,
  type Db,
  dataVersion,
  type Region,
  regionById,
  reportedUnitYears,
  type Unit,
  unitsOfCounty,
  valueFactsOfCounty,
} from '@fazhi/db';
import { type CellLookup, tableFromFacts } from '@fazhi/values';
import { ServiceError } from './errors.ts';

export interface CountyCells {
  /** every unit-year value of the county */
  table: CellLookup;
  /** year → ids of the units with a report in force for it (a unit-year not here is 未报送) */
  reported: Map<number, Set<number>>;
  /** the newest ingest or review of the county */
  asOf: string | null;
  units: Unit[];
}

const MAX_COUNTIES = 200;

/**
 * What every read of one state of the data shares: counties resolved by name or id, and each county's
 * unit-year values. One per connection and data version; a write (from any process) moves the version
 * and the next read starts a new one.
 */
export class ReadModel {
  private readonly counties = new Map<string, Region>();
  private readonly cells = new Map<number, CountyCells>();

  constructor(
    readonly db: Db,
    readonly version: number,
  ) {}

  /** A county by its name (or its id, for the rare name two counties share). */
  county(ref: string): Region {
    const hit = this.counties.get(ref);
    if (hit) return hit;
    const found = lookupCounty(this.db, ref);
    this.counties.set(ref, found);
    return found;
  }

  /** Every unit-year value of a county, computed once per data version. */
  countyCells(countyId: number): CountyCells {
    const hit = this.cells.get(countyId);
    if (hit) return hit;
    const entry = computeCells(this.db, countyId);
    const oldest = this.cells.keys().next();
    if (this.cells.size >= MAX_COUNTIES && !oldest.done) this.cells.delete(oldest.value);
    this.cells.set(countyId, entry);
    return entry;
  }
}

const models = new WeakMap<Db, ReadModel>();

/** The read model of the data as it is now: reads the data version once. */
export function readModel(db: Db): ReadModel {
  const version = dataVersion(db);
  const current = models.get(db);
  if (current && current.version === version) return current;
  const fresh = new ReadModel(db, version);
  models.set(db, fresh);
  return fresh;
}

/** A read function takes the database, or the read model a caller already holds for this request. */
export type ReadSource = Db | ReadModel;

export const modelOf = (source: ReadSource): ReadModel =>
  source instanceof ReadModel ? source : readModel(source);

function computeCells(db: Db, countyId: number): CountyCells {
  const reported = new Map<number, Set<number>>();
  for (const r of reportedUnitYears(db, countyId)) {
    const ids = reported.get(r.year);
    if (ids) ids.add(r.unitId);
    else reported.set(r.year, new Set([r.unitId]));
  }
  return {
    table: tableFromFacts(valueFactsOfCounty(db, countyId)),
    reported,
    asOf: asOf(db, countyId),
    units: unitsOfCounty(db, countyId),
  };
}

function lookupCounty(db: Db, ref: string): Region {
  if (/^\d+$/.test(ref)) {
    const byId = regionById(db, Number(ref));
    if (byId?.level === 'county') return byId;
    throw new ServiceError('unknown_county', `没有编号为 ${ref} 的县区`);
  }
  const found = countyByName(db, ref);
  if (found.length === 0) throw new ServiceError('unknown_county', `没有名为“${ref}”的县区`);
  if (found.length > 1) {
    const ids = found.map((c) => c.id).join('、');
    throw new ServiceError('ambiguous_county', `有 ${found.length} 个县区名为“${ref}”，请改用编号（${ids}）`);
  }
  return found[0] as Region;
}

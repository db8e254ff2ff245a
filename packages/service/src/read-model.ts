import {
  afterWrites,
  asOf,
  countyByName,
  countyStamp,
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
 * What every read of one state of the data shares: counties resolved by name or id and their stamps; each
 * county's unit-year values live beside it, kept while the county's stamp stays. One per connection and data
 * version; a write (from any process) moves the version and the next read starts a new one.
 */
export class ReadModel {
  // promises, so that requests arriving together for one county compute it once
  private readonly counties = new Map<string, Promise<Region>>();
  private readonly stamps = new Map<number, Promise<string>>();

  constructor(
    readonly db: Db,
    readonly version: number,
  ) {}

  /** A county by its name (or its id, for the rare name two counties share). */
  county(ref: string): Promise<Region> {
    const hit = this.counties.get(ref);
    if (hit) return hit;
    const found = lookupCounty(this.db, ref);
    this.counties.set(ref, found);
    // a county not found is not remembered: it may be added in this same version's moment
    found.catch(() => this.counties.delete(ref));
    return found;
  }

  /** What the county's answers depend on (countyStamp), read once per read model. */
  stamp(countyId: number): Promise<string> {
    let hit = this.stamps.get(countyId);
    if (!hit) {
      hit = countyStamp(this.db, countyId);
      this.stamps.set(countyId, hit);
      hit.catch(() => this.stamps.delete(countyId));
    }
    return hit;
  }

  /**
   * Every unit-year value of a county, computed once per state of that county: a correction elsewhere
   * leaves it cached. The stamp is read before the values, so the values are never older than it.
   */
  async countyCells(countyId: number): Promise<CountyCells> {
    const stamp = await this.stamp(countyId);
    const cache = cellsOf(this.db);
    const hit = cache.get(countyId);
    if (hit?.stamp === stamp) return hit.cells;
    const cells = computeCells(this.db, countyId);
    cache.delete(countyId);
    const oldest = cache.keys().next();
    if (cache.size >= MAX_COUNTIES && !oldest.done) cache.delete(oldest.value);
    cache.set(countyId, { stamp, cells });
    cells.catch(() => {
      if (cache.get(countyId)?.cells === cells) cache.delete(countyId);
    });
    return cells;
  }
}

/** Per connection, each county's computed values and the stamp they were computed at (least recent first). */
const cellsByDb = new WeakMap<Db, Map<number, { stamp: string; cells: Promise<CountyCells> }>>();
function cellsOf(db: Db) {
  let cache = cellsByDb.get(db);
  if (!cache) {
    cache = new Map();
    cellsByDb.set(db, cache);
  }
  return cache;
}

const models = new WeakMap<Db, ReadModel>();

/** The read model of the data as it is now: reads the data version once. */
export async function readModel(db: Db): Promise<ReadModel> {
  await afterWrites(db);
  const version = await dataVersion(db);
  const current = models.get(db);
  if (current && current.version === version) return current;
  const fresh = new ReadModel(db, version);
  models.set(db, fresh);
  return fresh;
}

/** A read function takes the database, or the read model a caller already holds for this request. */
export type ReadSource = Db | ReadModel;

export const modelOf = async (source: ReadSource): Promise<ReadModel> =>
  source instanceof ReadModel ? source : readModel(source);

async function computeCells(db: Db, countyId: number): Promise<CountyCells> {
  const reported = new Map<number, Set<number>>();
  for (const r of await reportedUnitYears(db, countyId)) {
    const ids = reported.get(r.year);
    if (ids) ids.add(r.unitId);
    else reported.set(r.year, new Set([r.unitId]));
  }
  return {
    table: tableFromFacts(await valueFactsOfCounty(db, countyId)),
    reported,
    asOf: await asOf(db, countyId),
    units: await unitsOfCounty(db, countyId),
  };
}

async function lookupCounty(db: Db, ref: string): Promise<Region> {
  if (/^\d+$/.test(ref)) {
    const byId = await regionById(db, Number(ref));
    if (byId?.level === 'county') return byId;
    throw new ServiceError('unknown_county', `没有编号为 ${ref} 的县区`);
  }
  const found = await countyByName(db, ref);
  if (found.length === 0) throw new ServiceError('unknown_county', `没有名为“${ref}”的县区`);
  if (found.length > 1) {
    const ids = found.map((c) => c.id).join('、');
    throw new ServiceError('ambiguous_county', `有 ${found.length} 个县区名为“${ref}”，请改用编号（${ids}）`);
  }
  return found[0] as Region;
}

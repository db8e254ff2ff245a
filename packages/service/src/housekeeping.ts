import {
  aliasesOf,
  appendChange,
  assignUnitCounty,
  countyByName,
  type Db,
  ensureCounty,
  listRegions,
  mergeUnits,
  regionById,
  renameUnit,
  StoreError,
  type Unit,
  unitById,
  updateUnitAttributes,
  writeTx,
} from '@fazhi/db';
import { resolveCounty } from './county.ts';
import { ServiceError } from './errors.ts';
import { unitRef } from './lists.ts';
import type { UnitRef } from './refs.ts';
import { assertCovers, type Scope, scopeIn, WHOLE } from './scope.ts';

/** The county a unit belongs to (its name, or its id when two counties share it). */
export interface CountyAssignment {
  county: string;
  reason?: string | undefined;
}

/** What changes on a unit; a field left out stays as it is, null clears a count. */
export interface UnitChanges {
  name?: string | undefined;
  population?: number | null | undefined;
  villages?: number | null | undefined;
  reason?: string | undefined;
}

/** The duplicate unit merged into the one kept, and removed. */
export interface UnitMerge {
  from: number;
  reason?: string | undefined;
}

/** A county, with its city and province where the name alone is not enough. */
export interface NewCounty {
  name: string;
  city?: string | undefined;
  province?: string | undefined;
}

export interface AddedCounty {
  id: number;
  name: string;
  level: 'county';
}

/** A unit as it stands after a change: its county, villages and the names it is also known by. */
export interface UnitChange {
  unit: UnitRef & { county: string | null; villages: number | null; aliases: string[] };
}

async function translate<T>(act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    if (err.code === 'unit_not_found') throw new ServiceError('unknown_unit', err.message);
    if (err.code === 'region_not_found') throw new ServiceError('unknown_county', err.message);
    if (err.code === 'unit_conflict') throw new ServiceError('conflict', err.message);
    throw new ServiceError('bad_request', err.message);
  }
}

export async function unitChangeView(db: Db, u: Unit): Promise<UnitChange> {
  const county = (await regionById(db, u.countyId))?.name ?? null;
  return { unit: { ...unitRef(u), county, villages: u.villages, aliases: await aliasesOf(db, u.id) } };
}

/** An editor says which county a unit belongs to. */
export async function assignCounty(
  db: Db,
  unitId: number,
  body: CountyAssignment,
  actor: string,
): Promise<UnitChange> {
  const county = await resolveCounty(db, body.county);
  return unitChangeView(
    db,
    await translate(() => assignUnitCounty(db, unitId, county.id, actor, body.reason)),
  );
}

/** An admin renames a unit or sets its population and villages. */
export async function changeUnit(
  db: Db,
  unitId: number,
  changes: UnitChanges,
  actor: string,
): Promise<UnitChange> {
  const { name, reason, ...attrs } = changes;
  const unit = await translate(() =>
    writeTx(db, async (tx) => {
      let u =
        name === undefined ? await unitById(tx, unitId) : await renameUnit(tx, unitId, name, actor, reason);
      if (Object.keys(attrs).length > 0) u = await updateUnitAttributes(tx, unitId, attrs, actor, reason);
      if (!u) throw new StoreError('unit_not_found', `单位 ${unitId} 不存在`);
      return u;
    }),
  );
  return unitChangeView(db, unit);
}

/** An admin merges a duplicate unit into this one. */
export async function mergeUnit(
  db: Db,
  keepId: number,
  merge: UnitMerge,
  actor: string,
): Promise<UnitChange> {
  return unitChangeView(db, await translate(() => mergeUnits(db, keepId, merge.from, actor, merge.reason)));
}

/** An admin adds a county (before assigning units to it). */
/** A new county; an admin of a region adds one only below it (checked once it has its place, else undone). */
export async function addCounty(
  db: Db,
  newCounty: NewCounty,
  actor: string,
  scope: Scope = WHOLE,
): Promise<AddedCounty> {
  const existing = await countyByName(db, newCounty.name);
  if (existing.length > 0 && !newCounty.city)
    throw new ServiceError('conflict', `县区“${newCounty.name}”已存在`);
  return writeTx(db, async (tx) => {
    const county = await ensureCounty(tx, {
      county: newCounty.name,
      city: newCounty.city ?? null,
      province: newCounty.province ?? null,
    });
    if (scope.kind === 'region')
      assertCovers(scopeIn(await listRegions(tx), scope.region.id), county.id, county.name);
    await appendChange(tx, {
      entity: 'region',
      entityId: county.id,
      actor,
      action: 'region_add',
      after: newCounty,
    });
    return { id: county.id, name: county.name, level: 'county' as const };
  });
}

import type { AssignCountyBody, MergeBody, RegionBody, UnitPatch } from '@fazhi/contract';
import {
  aliasesOf,
  appendChange,
  assignUnitCounty,
  countyByName,
  type Db,
  ensureCounty,
  IMMEDIATE,
  mergeUnits,
  regionById,
  renameUnit,
  StoreError,
  type Unit,
  unitById,
  updateUnitAttributes,
} from '@fazhi/db';
import type { z } from 'zod';
import { resolveCounty } from './county.ts';
import { ServiceError } from './errors.ts';
import { unitRef } from './lists.ts';

function translate<T>(act: () => T): T {
  try {
    return act();
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    if (err.code === 'unit_not_found') throw new ServiceError('unknown_unit', err.message);
    if (err.code === 'region_not_found') throw new ServiceError('unknown_county', err.message);
    if (err.code === 'unit_conflict') throw new ServiceError('conflict', err.message);
    throw new ServiceError('bad_request', err.message);
  }
}

export function unitChangeView(db: Db, u: Unit) {
  const county = regionById(db, u.countyId)?.name ?? null;
  return { unit: { ...unitRef(u), county, villages: u.villages, aliases: aliasesOf(db, u.id) } };
}

/** An editor says which county a unit belongs to. */
export function assignCounty(db: Db, unitId: number, body: z.infer<typeof AssignCountyBody>, actor: string) {
  const county = resolveCounty(db, body.county);
  return unitChangeView(
    db,
    translate(() => assignUnitCounty(db, unitId, county.id, actor, body.reason)),
  );
}

/** An admin renames a unit or sets its population and villages. */
export function changeUnit(db: Db, unitId: number, patch: z.infer<typeof UnitPatch>, actor: string) {
  const { name, reason, ...attrs } = patch;
  const unit = translate(() =>
    db.transaction((tx) => {
      let u = name === undefined ? unitById(tx, unitId) : renameUnit(tx, unitId, name, actor, reason);
      if (Object.keys(attrs).length > 0) u = updateUnitAttributes(tx, unitId, attrs, actor, reason);
      if (!u) throw new StoreError('unit_not_found', `单位 ${unitId} 不存在`);
      return u;
    }, IMMEDIATE),
  );
  return unitChangeView(db, unit);
}

/** An admin merges a duplicate unit into this one. */
export function mergeUnit(db: Db, keepId: number, body: z.infer<typeof MergeBody>, actor: string) {
  return unitChangeView(
    db,
    translate(() => mergeUnits(db, keepId, body.from, actor, body.reason)),
  );
}

/** An admin adds a county (before assigning units to it). */
export function addCounty(db: Db, body: z.infer<typeof RegionBody>, actor: string) {
  const existing = countyByName(db, body.name);
  if (existing.length > 0 && !body.city) throw new ServiceError('conflict', `县区“${body.name}”已存在`);
  return db.transaction((tx) => {
    const county = ensureCounty(tx, {
      county: body.name,
      city: body.city ?? null,
      province: body.province ?? null,
    });
    appendChange(tx, { entity: 'region', entityId: county.id, actor, action: 'region_add', after: body });
    return { id: county.id, name: county.name, level: 'county' as const };
  }, IMMEDIATE);
}

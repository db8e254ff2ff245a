import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { type Db, IMMEDIATE } from '../client.ts';
import { StoreError } from '../errors.ts';
import { facts, type Region, reports, type Unit, unitAliases, units } from '../schema/index.ts';
import { appendChange } from './changes.ts';
import { regionById } from './regions.ts';
import { addUnitAlias, findUnit, unitById } from './units.ts';

const unitSnapshot = (u: Unit, county?: Region) => ({
  name: u.name,
  type: u.type,
  countyId: u.countyId,
  county: county?.name ?? null,
  population: u.population,
  villages: u.villages,
});

function mustUnit(db: Db, id: number): Unit {
  const u = unitById(db, id);
  if (!u) throw new StoreError('unit_not_found', `单位 ${id} 不存在`);
  return u;
}

function mustCounty(db: Db, id: number): Region {
  const c = regionById(db, id);
  if (c?.level !== 'county') throw new StoreError('region_not_found', `县区 ${id} 不存在`);
  return c;
}

/** Refuses a name that another unit of the county already has (as its name or an alias). */
function ensureNameFree(db: Db, countyId: number | null, name: string, sample: boolean, self: number) {
  const other = findUnit(db, countyId, name, sample);
  if (other && other.id !== self) {
    throw new StoreError(
      'unit_conflict',
      `该县区已有单位“${other.name}”（编号 ${other.id}）使用这个名称；若是同一单位，请合并`,
    );
  }
}

/** A person says which county a unit belongs to (its reports named none, or the wrong one). */
export function assignUnitCounty(
  db: Db,
  unitId: number,
  countyId: number,
  actor: string,
  reason?: string,
): Unit {
  return db.transaction((tx) => {
    const before = mustUnit(tx, unitId);
    const county = mustCounty(tx, countyId);
    ensureNameFree(tx, countyId, before.name, before.sample, unitId);
    const after = tx.update(units).set({ countyId }).where(eq(units.id, unitId)).returning().get();
    const old = before.countyId === null ? undefined : regionById(tx, before.countyId);
    appendChange(tx, {
      entity: 'unit',
      entityId: unitId,
      actor,
      action: 'assign_county',
      before: unitSnapshot(before, old),
      after: unitSnapshot(after, county),
      reason: reason ?? null,
    });
    return after;
  }, IMMEDIATE);
}

/** A new name for a unit; the old one stays as an alias, so older reports still find it. */
export function renameUnit(db: Db, unitId: number, name: string, actor: string, reason?: string): Unit {
  return db.transaction((tx) => {
    const before = mustUnit(tx, unitId);
    if (before.name === name) return before;
    ensureNameFree(tx, before.countyId, name, before.sample, unitId);
    const after = tx.update(units).set({ name }).where(eq(units.id, unitId)).returning().get();
    addUnitAlias(tx, unitId, before.name);
    appendChange(tx, {
      entity: 'unit',
      entityId: unitId,
      actor,
      action: 'rename',
      before: unitSnapshot(before),
      after: unitSnapshot(after),
      reason: reason ?? null,
    });
    return after;
  }, IMMEDIATE);
}

/** Population and village count (for per-10,000-residents views); null clears one. */
export function updateUnitAttributes(
  db: Db,
  unitId: number,
  attrs: { population?: number | null; villages?: number | null },
  actor: string,
  reason?: string,
): Unit {
  return db.transaction((tx) => {
    const before = mustUnit(tx, unitId);
    const after = tx.update(units).set(attrs).where(eq(units.id, unitId)).returning().get();
    appendChange(tx, {
      entity: 'unit',
      entityId: unitId,
      actor,
      action: 'attributes',
      before: unitSnapshot(before),
      after: unitSnapshot(after),
      reason: reason ?? null,
    });
    return after;
  }, IMMEDIATE);
}

/** Years in which both units have a report in force: merging them would give one unit two reports. */
function clashingYears(db: Db, a: number, b: number): number[] {
  const years = (id: number) =>
    new Set(
      db
        .select({ year: reports.year })
        .from(reports)
        .where(and(eq(reports.unitId, id), isNull(reports.supersededAt)))
        .all()
        .map((r) => r.year),
    );
  const ya = years(a);
  return [...years(b)].filter((y) => ya.has(y)).sort();
}

/**
 * Two units that are one: `drop`'s reports, facts and names move to `keep`, its name becomes an alias,
 * missing attributes are taken from it, and it is removed. Refused when both have a report for a year.
 */
export function mergeUnits(db: Db, keepId: number, dropId: number, actor: string, reason?: string): Unit {
  return db.transaction((tx) => {
    if (keepId === dropId) throw new StoreError('unit_conflict', '不能把一个单位与它自己合并');
    const keep = mustUnit(tx, keepId);
    const drop = mustUnit(tx, dropId);
    if (keep.sample !== drop.sample)
      throw new StoreError('unit_conflict', '示例数据的单位不能与真实单位合并');
    if (drop.countyId !== null && keep.countyId !== null && drop.countyId !== keep.countyId) {
      throw new StoreError('unit_conflict', `“${drop.name}”与“${keep.name}”不在同一县区，请先为其指定县区`);
    }
    const clash = clashingYears(tx, keepId, dropId);
    if (clash.length > 0) {
      throw new StoreError(
        'unit_conflict',
        `两个单位在 ${clash.join('、')} 年都有报告，合并后同一年会有两份报告；请先删除或替换其中一份`,
      );
    }
    tx.update(reports).set({ unitId: keepId }).where(eq(reports.unitId, dropId)).run();
    tx.update(facts).set({ unitId: keepId }).where(eq(facts.unitId, dropId)).run();
    const names = tx
      .select()
      .from(unitAliases)
      .where(eq(unitAliases.unitId, keepId))
      .all()
      .map((a) => a.alias);
    tx.update(unitAliases).set({ unitId: keepId }).where(eq(unitAliases.unitId, dropId)).run();
    if (drop.name !== keep.name && !names.includes(drop.name)) addUnitAlias(tx, keepId, drop.name);
    const after = tx
      .update(units)
      .set({ population: keep.population ?? drop.population, villages: keep.villages ?? drop.villages })
      .where(eq(units.id, keepId))
      .returning()
      .get();
    tx.delete(units).where(eq(units.id, dropId)).run();
    appendChange(tx, {
      entity: 'unit',
      entityId: keepId,
      actor,
      action: 'merge',
      before: { keep: unitSnapshot(keep), merged: { id: dropId, ...unitSnapshot(drop) } },
      after: unitSnapshot(after),
      reason: reason ?? null,
    });
    return after;
  }, IMMEDIATE);
}

/** Units of the same kind (sample or real) and county, other than this one: the choices for a merge. */
export function mergeCandidates(db: Db, unit: Unit): Unit[] {
  const county = unit.countyId === null ? isNull(units.countyId) : eq(units.countyId, unit.countyId);
  return db
    .select()
    .from(units)
    .where(and(ne(units.id, unit.id), eq(units.sample, unit.sample), county))
    .orderBy(units.name)
    .all();
}

export const unitsByIds = (db: Db, ids: number[]): Unit[] =>
  ids.length === 0 ? [] : db.select().from(units).where(inArray(units.id, ids)).all();

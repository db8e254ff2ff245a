import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { StoreError } from '../errors.ts';
import { writeTx, written } from '../run.ts';
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

async function mustUnit(db: Db, id: number): Promise<Unit> {
  const u = await unitById(db, id);
  if (!u) throw new StoreError('unit_not_found', `单位 ${id} 不存在`);
  return u;
}

async function mustCounty(db: Db, id: number): Promise<Region> {
  const c = await regionById(db, id);
  if (c?.level !== 'county') throw new StoreError('region_not_found', `县区 ${id} 不存在`);
  return c;
}

/** Refuses a name that another unit of the county already has (as its name or an alias). */
async function ensureNameFree(db: Db, countyId: number | null, name: string, sample: boolean, self: number) {
  const other = await findUnit(db, countyId, name, sample);
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
): Promise<Unit> {
  return writeTx(db, async (tx) => {
    const before = await mustUnit(tx, unitId);
    const county = await mustCounty(tx, countyId);
    await ensureNameFree(tx, countyId, before.name, before.sample, unitId);
    const after = await written(tx.update(units).set({ countyId }).where(eq(units.id, unitId)).returning());
    const old = before.countyId === null ? undefined : await regionById(tx, before.countyId);
    await appendChange(tx, {
      entity: 'unit',
      entityId: unitId,
      actor,
      action: 'assign_county',
      before: unitSnapshot(before, old),
      after: unitSnapshot(after, county),
      reason: reason ?? null,
    });
    return after;
  });
}

/** A new name for a unit; the old one stays as an alias, so older reports still find it. */
export function renameUnit(
  db: Db,
  unitId: number,
  name: string,
  actor: string,
  reason?: string,
): Promise<Unit> {
  return writeTx(db, async (tx) => {
    const before = await mustUnit(tx, unitId);
    if (before.name === name) return before;
    await ensureNameFree(tx, before.countyId, name, before.sample, unitId);
    const after = await written(tx.update(units).set({ name }).where(eq(units.id, unitId)).returning());
    await addUnitAlias(tx, unitId, before.name);
    await appendChange(tx, {
      entity: 'unit',
      entityId: unitId,
      actor,
      action: 'rename',
      before: unitSnapshot(before),
      after: unitSnapshot(after),
      reason: reason ?? null,
    });
    return after;
  });
}

/** Population and village count (for per-10,000-residents views); null clears one. */
export function updateUnitAttributes(
  db: Db,
  unitId: number,
  attrs: { population?: number | null; villages?: number | null },
  actor: string,
  reason?: string,
): Promise<Unit> {
  return writeTx(db, async (tx) => {
    const before = await mustUnit(tx, unitId);
    const after = await written(tx.update(units).set(attrs).where(eq(units.id, unitId)).returning());
    await appendChange(tx, {
      entity: 'unit',
      entityId: unitId,
      actor,
      action: 'attributes',
      before: unitSnapshot(before),
      after: unitSnapshot(after),
      reason: reason ?? null,
    });
    return after;
  });
}

/** Years in which both units have a report in force: merging them would give one unit two reports. */
async function clashingYears(db: Db, a: number, b: number): Promise<number[]> {
  const years = async (id: number) =>
    new Set(
      (
        await db
          .select({ year: reports.year })
          .from(reports)
          .where(and(eq(reports.unitId, id), isNull(reports.supersededAt)))
      ).map((r) => r.year),
    );
  const ya = await years(a);
  return [...(await years(b))].filter((y) => ya.has(y)).sort();
}

/**
 * Two units that are one: `drop`'s reports, facts and names move to `keep`, its name becomes an alias,
 * missing attributes are taken from it, and it is removed. Refused when both have a report for a year.
 */
export function mergeUnits(
  db: Db,
  keepId: number,
  dropId: number,
  actor: string,
  reason?: string,
): Promise<Unit> {
  return writeTx(db, async (tx) => {
    if (keepId === dropId) throw new StoreError('unit_conflict', '不能把一个单位与它自己合并');
    const keep = await mustUnit(tx, keepId);
    const drop = await mustUnit(tx, dropId);
    if (keep.sample !== drop.sample)
      throw new StoreError('unit_conflict', '示例数据的单位不能与真实单位合并');
    if (drop.countyId !== null && keep.countyId !== null && drop.countyId !== keep.countyId) {
      throw new StoreError('unit_conflict', `“${drop.name}”与“${keep.name}”不在同一县区，请先为其指定县区`);
    }
    const clash = await clashingYears(tx, keepId, dropId);
    if (clash.length > 0) {
      throw new StoreError(
        'unit_conflict',
        `两个单位在 ${clash.join('、')} 年都有报告，合并后同一年会有两份报告；请先删除或替换其中一份`,
      );
    }
    await tx.update(reports).set({ unitId: keepId }).where(eq(reports.unitId, dropId));
    await tx.update(facts).set({ unitId: keepId }).where(eq(facts.unitId, dropId));
    const names = (await tx.select().from(unitAliases).where(eq(unitAliases.unitId, keepId))).map(
      (a) => a.alias,
    );
    await tx.update(unitAliases).set({ unitId: keepId }).where(eq(unitAliases.unitId, dropId));
    if (drop.name !== keep.name && !names.includes(drop.name)) await addUnitAlias(tx, keepId, drop.name);
    const after = await written(
      tx
        .update(units)
        .set({ population: keep.population ?? drop.population, villages: keep.villages ?? drop.villages })
        .where(eq(units.id, keepId))
        .returning(),
    );
    await tx.delete(units).where(eq(units.id, dropId));
    await appendChange(tx, {
      entity: 'unit',
      entityId: keepId,
      actor,
      action: 'merge',
      before: { keep: unitSnapshot(keep), merged: { id: dropId, ...unitSnapshot(drop) } },
      after: unitSnapshot(after),
      reason: reason ?? null,
    });
    return after;
  });
}

/** Units of the same kind (sample or real) and county, other than this one: the choices for a merge. */
export function mergeCandidates(db: Db, unit: Unit): Promise<Unit[]> {
  const county = unit.countyId === null ? isNull(units.countyId) : eq(units.countyId, unit.countyId);
  return db
    .select()
    .from(units)
    .where(and(ne(units.id, unit.id), eq(units.sample, unit.sample), county))
    .orderBy(units.name);
}

export const unitsByIds = async (db: Db, ids: number[]): Promise<Unit[]> =>
  ids.length === 0 ? [] : db.select().from(units).where(inArray(units.id, ids));

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { type Unit, unitAliases, units } from '../schema/index.ts';

const inCounty = (countyId: number | null) =>
  countyId === null ? isNull(units.countyId) : eq(units.countyId, countyId);

/**
 * A unit of this county (or of no county) by its name or one of its aliases. Sample units and real
 * units never match each other, so sample data cannot mix with real data.
 */
export function findUnit(db: Db, countyId: number | null, name: string, sample = false): Unit | undefined {
  const byName = db
    .select()
    .from(units)
    .where(and(inCounty(countyId), eq(units.name, name), eq(units.sample, sample)))
    .get();
  if (byName) return byName;
  return db
    .select({ unit: units })
    .from(unitAliases)
    .innerJoin(units, eq(units.id, unitAliases.unitId))
    .where(and(inCounty(countyId), eq(unitAliases.alias, name), eq(units.sample, sample)))
    .get()?.unit;
}

export function createUnit(
  db: Db,
  unit: { name: string; type: Unit['type']; countyId: number | null; sample?: boolean },
): Unit {
  return db
    .insert(units)
    .values({ ...unit, sample: unit.sample ?? false })
    .returning()
    .get();
}

/** Another name for a unit (renamed or merged), matched within its county from now on. */
export function addUnitAlias(db: Db, unitId: number, alias: string): void {
  db.insert(unitAliases).values({ unitId, alias }).run();
}

/** Units whose county nobody has set yet: a person must assign them. */
export function unitsWithoutCounty(db: Db): Unit[] {
  return db.select().from(units).where(isNull(units.countyId)).orderBy(units.name).all();
}

export function unitById(db: Db, id: number): Unit | undefined {
  return db.select().from(units).where(eq(units.id, id)).get();
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { type Unit, unitAliases, units } from '../schema/index.ts';

/**
 * A unit of this county (or of no county) by its name or one of its aliases. Sample units and real
 * units never match each other, so sample data cannot mix with real data.
 */
export function findUnit(db: Db, countyId: number | null, name: string, sample = false): Unit | undefined {
  const p = { countyId: countyId ?? -1, name, sample: sample ? 1 : 0 };
  // county_id null is matched through coalesce(…, -1) so one prepared statement serves both cases
  const byName = prepared(db, 'unitByName', (d) =>
    d
      .select()
      .from(units)
      .where(
        and(
          sql`coalesce(${units.countyId}, -1) = ${sql.placeholder('countyId')}`,
          eq(units.name, sql.placeholder('name')),
          sql`${units.sample} = ${sql.placeholder('sample')}`,
        ),
      )
      .prepare(),
  ).get(p);
  if (byName) return byName;
  return prepared(db, 'unitByAlias', (d) =>
    d
      .select({ unit: units })
      .from(unitAliases)
      .innerJoin(units, eq(units.id, unitAliases.unitId))
      .where(
        and(
          sql`coalesce(${units.countyId}, -1) = ${sql.placeholder('countyId')}`,
          eq(unitAliases.alias, sql.placeholder('name')),
          sql`${units.sample} = ${sql.placeholder('sample')}`,
        ),
      )
      .prepare(),
  ).get(p)?.unit;
}

export function createUnit(
  db: Db,
  unit: {
    name: string;
    type: Unit['type'];
    countyId: number | null;
    sample?: boolean;
    divisionCode?: string | null;
  },
): Unit {
  return db
    .insert(units)
    .values({ ...unit, sample: unit.sample ?? false })
    .returning()
    .get();
}

/**
 * Stores a unit's division code when it has none yet; a different code already stored is kept (a person
 * or an earlier ingest settled it). Returns whether the code was written.
 */
export function settleDivisionCode(db: Db, unitId: number, code: string): boolean {
  const r = db
    .update(units)
    .set({ divisionCode: code })
    .where(and(eq(units.id, unitId), isNull(units.divisionCode)))
    .run();
  return r.changes > 0;
}

/** Real units (not sample ones) whose division code nobody has settled yet. */
export function unitsWithoutDivision(db: Db): Unit[] {
  return db
    .select()
    .from(units)
    .where(and(isNull(units.divisionCode), eq(units.sample, false)))
    .orderBy(units.id)
    .all();
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

/** Population and village count, for per-10,000-residents views. */
export function setUnitAttributes(
  db: Db,
  unitId: number,
  attrs: { population?: number | null; villages?: number | null },
): void {
  db.update(units).set(attrs).where(eq(units.id, unitId)).run();
}

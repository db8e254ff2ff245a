import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { first, written } from '../run.ts';
import { type Unit, unitAliases, units } from '../schema/index.ts';

/**
 * A unit of this county (or of no county) by its name or one of its aliases. Sample units and real
 * units never match each other, so sample data cannot mix with real data.
 */
export async function findUnit(
  db: Db,
  countyId: number | null,
  name: string,
  sample = false,
): Promise<Unit | undefined> {
  const p = { countyId: countyId ?? -1, name, sample: sample ? 1 : 0 };
  // county_id null is matched through coalesce(…, -1) so one prepared statement serves both cases
  const byName = await prepared(db, 'unitByName', (d) =>
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
  const byAlias = await prepared(db, 'unitByAlias', (d) =>
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
  ).get(p);
  return byAlias?.unit;
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
): Promise<Unit> {
  return written(
    db
      .insert(units)
      .values({ ...unit, sample: unit.sample ?? false })
      .returning(),
  );
}

/**
 * Stores a unit's division code when it has none yet; a different code already stored is kept (a person
 * or an earlier ingest settled it). Returns whether the code was written.
 */
export async function settleDivisionCode(db: Db, unitId: number, code: string): Promise<boolean> {
  const changed = await db
    .update(units)
    .set({ divisionCode: code })
    .where(and(eq(units.id, unitId), isNull(units.divisionCode)))
    .returning({ id: units.id });
  return changed.length > 0;
}

/** Real units (not sample ones) whose division code nobody has settled yet. */
export function unitsWithoutDivision(db: Db): Promise<Unit[]> {
  return db
    .select()
    .from(units)
    .where(and(isNull(units.divisionCode), eq(units.sample, false)))
    .orderBy(units.id);
}

/** Another name for a unit (renamed or merged), matched within its county from now on. */
export async function addUnitAlias(db: Db, unitId: number, alias: string): Promise<void> {
  await db.insert(unitAliases).values({ unitId, alias });
}

/** Units whose county nobody has set yet: a person must assign them. */
export function unitsWithoutCounty(db: Db): Promise<Unit[]> {
  return db.select().from(units).where(isNull(units.countyId)).orderBy(units.name);
}

export function unitById(db: Db, id: number): Promise<Unit | undefined> {
  return first(db.select().from(units).where(eq(units.id, id)));
}

/** Population and village count, for per-10,000-residents views. */
export async function setUnitAttributes(
  db: Db,
  unitId: number,
  attrs: { population?: number | null; villages?: number | null },
): Promise<void> {
  await db.update(units).set(attrs).where(eq(units.id, unitId));
}

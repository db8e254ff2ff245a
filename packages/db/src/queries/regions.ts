import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { first, rows, written } from '../run.ts';
import { type Region, regions } from '../schema/index.ts';

export interface Place {
  county: string;
  city?: string | null;
  province?: string | null;
}

async function findOrCreate(
  db: Db,
  level: Region['level'],
  name: string,
  parentId: number | null,
): Promise<Region> {
  const parent = parentId === null ? isNull(regions.parentId) : eq(regions.parentId, parentId);
  const found = await first(
    db
      .select()
      .from(regions)
      .where(and(eq(regions.level, level), eq(regions.name, name), parent)),
  );
  return found ?? written(db.insert(regions).values({ level, name, parentId }).returning());
}

/**
 * The county region for a place, created with its city and province when they are known.
 * With no city given, an existing county of that name is reused only when exactly one exists.
 */
export async function ensureCounty(db: Db, place: Place): Promise<Region> {
  if (!place.city) {
    const same = await countyByName(db, place.county);
    if (same.length === 1 && same[0]) return same[0];
  }
  const province = place.province ? await findOrCreate(db, 'province', place.province, null) : null;
  const city = place.city ? await findOrCreate(db, 'city', place.city, province?.id ?? null) : null;
  return findOrCreate(db, 'county', place.county, city?.id ?? province?.id ?? null);
}

export function countyByName(db: Db, name: string): Promise<Region[]> {
  return prepared(db, 'countyByName', (d) =>
    d
      .select()
      .from(regions)
      .where(and(eq(regions.level, 'county'), eq(regions.name, sql.placeholder('name'))))
      .prepare(),
  ).all({ name });
}

export async function regionById(db: Db, id: number | null): Promise<Region | undefined> {
  return id === null ? undefined : first(db.select().from(regions).where(eq(regions.id, id)));
}

export function listRegions(db: Db): Promise<Region[]> {
  return db.select().from(regions).orderBy(regions.level, regions.name);
}

/** How many reports in force each county has, by year. */
export function reportCountsByCounty(db: Db): Promise<{ countyId: number; year: number; count: number }[]> {
  return rows<{ countyId: number; year: number; count: number }>(
    db,
    sql`
    select u.county_id as "countyId", r.year as year, count(*) as count
    from reports r join units u on u.id = r.unit_id
    where r.superseded_at is null
    group by u.county_id, r.year order by u.county_id, r.year`,
  );
}

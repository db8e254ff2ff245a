import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { type Region, regions } from '../schema/index.ts';

export interface Place {
  county: string;
  city?: string | null;
  province?: string | null;
}

function findOrCreate(db: Db, level: Region['level'], name: string, parentId: number | null): Region {
  const parent = parentId === null ? isNull(regions.parentId) : eq(regions.parentId, parentId);
  const found = db
    .select()
    .from(regions)
    .where(and(eq(regions.level, level), eq(regions.name, name), parent))
    .get();
  return found ?? db.insert(regions).values({ level, name, parentId }).returning().get();
}

/**
 * The county region for a place, created with its city and province when they are known.
 * With no city given, an existing county of that name is reused only when exactly one exists.
 */
export function ensureCounty(db: Db, place: Place): Region {
  if (!place.city) {
    const same = countyByName(db, place.county);
    if (same.length === 1 && same[0]) return same[0];
  }
  const province = place.province ? findOrCreate(db, 'province', place.province, null) : null;
  const city = place.city ? findOrCreate(db, 'city', place.city, province?.id ?? null) : null;
  return findOrCreate(db, 'county', place.county, city?.id ?? province?.id ?? null);
}

export function countyByName(db: Db, name: string): Region[] {
  return prepared(db, 'countyByName', (d) =>
    d
      .select()
      .from(regions)
      .where(and(eq(regions.level, 'county'), eq(regions.name, sql.placeholder('name'))))
      .prepare(),
  ).all({ name });
}

export function regionById(db: Db, id: number | null): Region | undefined {
  return id === null ? undefined : db.select().from(regions).where(eq(regions.id, id)).get();
}

export function listRegions(db: Db): Region[] {
  return db.select().from(regions).orderBy(regions.level, regions.name).all();
}

/** How many reports in force each county has, by year. */
export function reportCountsByCounty(db: Db): { countyId: number; year: number; count: number }[] {
  return db.all<{ countyId: number; year: number; count: number }>(sql`
    select u.county_id as countyId, r.year as year, count(*) as count
    from reports r join units u on u.id = r.unit_id
    where r.superseded_at is null
    group by u.county_id, r.year order by u.county_id, r.year`);
}

import type { IndicatorKey, Qualifier, ReportFlags } from '@fazhi/catalog';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { isPg, rows } from '../run.ts';
import {
  COUNTING_STATUSES,
  type FactStatus,
  facts,
  type Report,
  regions,
  reports,
  type Unit,
  unitAliases,
  units,
} from '../schema/index.ts';

/** A stored fact as the value computation needs it, with the year of the report it was read from. */
export interface ValueFactRow {
  id: number;
  unitId: number;
  key: IndicatorKey;
  year: number;
  value: number;
  qualifier: Qualifier;
  role: 'total' | 'part' | null;
  status: FactStatus;
  text: string;
  reportYear: number;
}

const valueFields = {
  id: facts.id,
  unitId: facts.unitId,
  key: facts.key,
  year: facts.year,
  value: facts.value,
  qualifier: facts.qualifier,
  role: facts.role,
  status: facts.status,
  text: facts.evidence,
  reportYear: reports.year,
};

/** Every fact that counts (not rejected nor waiting for review, of a report in force) for the units of a county. */
export function valueFactsOfCounty(db: Db, countyId: number): Promise<ValueFactRow[]> {
  return prepared(db, 'valueFactsOfCounty', (d) =>
    d
      .select(valueFields)
      .from(facts)
      .innerJoin(units, eq(units.id, facts.unitId))
      .innerJoin(reports, eq(reports.id, facts.reportId))
      .where(
        and(
          eq(units.countyId, sql.placeholder('countyId')),
          inArray(facts.status, [...COUNTING_STATUSES]),
          isNull(reports.supersededAt),
        ),
      )
      .prepare(),
  ).all({ countyId });
}

export function valueFactsOfUnit(db: Db, unitId: number): Promise<ValueFactRow[]> {
  return db
    .select(valueFields)
    .from(facts)
    .innerJoin(reports, eq(reports.id, facts.reportId))
    .where(
      and(
        eq(facts.unitId, unitId),
        inArray(facts.status, [...COUNTING_STATUSES]),
        isNull(reports.supersededAt),
      ),
    );
}

export function unitsOfCounty(db: Db, countyId: number): Promise<Unit[]> {
  return prepared(db, 'unitsOfCounty', (d) =>
    d
      .select()
      .from(units)
      .where(eq(units.countyId, sql.placeholder('countyId')))
      .orderBy(asc(units.type), asc(units.name))
      .prepare(),
  ).all({ countyId });
}

export async function allUnits(db: Db): Promise<(Unit & { county: string | null })[]> {
  const rows = await db
    .select({ unit: units, county: regions.name })
    .from(units)
    .leftJoin(regions, eq(regions.id, units.countyId))
    .orderBy(asc(regions.name), asc(units.type), asc(units.name));
  return rows.map((r) => ({ ...r.unit, county: r.county }));
}

export async function aliasesOf(db: Db, unitId: number): Promise<string[]> {
  const rows = await db
    .select({ alias: unitAliases.alias })
    .from(unitAliases)
    .where(eq(unitAliases.unitId, unitId));
  return rows.map((r) => r.alias);
}

/** The years with a report in force, for one county or all. */
export async function reportYears(db: Db, countyId?: number): Promise<number[]> {
  const found = await rows<{ year: number }>(
    db,
    sql`
    select distinct r.year as year from reports r join units u on u.id = r.unit_id
    where r.superseded_at is null ${countyId === undefined ? sql`` : sql`and u.county_id = ${countyId}`}
    order by r.year`,
  );
  return found.map((r) => r.year);
}

/** Reports in force of a unit, newest year first. */
export function reportsOfUnit(db: Db, unitId: number): Promise<Report[]> {
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.unitId, unitId), isNull(reports.supersededAt)))
    .orderBy(sql`${reports.year} desc`);
}

export interface ReportOverview {
  id: number;
  unitId: number;
  year: number;
  signedDate: string | null;
  flags: ReportFlags;
  facts: number;
}

/** Reports in force of a county's units, with how many facts each carries. */
export function reportsOfCounty(db: Db, countyId: number): Promise<ReportOverview[]> {
  return db
    .select({
      id: reports.id,
      unitId: reports.unitId,
      year: reports.year,
      signedDate: reports.signedDate,
      flags: reports.flags,
      facts: sql<number>`(select count(*) from facts f where f.report_id = ${reports.id} and f.status not in ('rejected', 'pending'))`,
    })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(eq(units.countyId, countyId), isNull(reports.supersededAt)))
    .orderBy(reports.unitId, reports.year);
}

/** Which unit has a report in force for which year, for the units of a county (未报送 is the rest). */
export function reportedUnitYears(db: Db, countyId: number): Promise<{ unitId: number; year: number }[]> {
  return prepared(db, 'reportedUnitYears', (d) =>
    d
      .selectDistinct({ unitId: reports.unitId, year: reports.year })
      .from(reports)
      .innerJoin(units, eq(units.id, reports.unitId))
      .where(and(eq(units.countyId, sql.placeholder('countyId')), isNull(reports.supersededAt)))
      .prepare(),
  ).all({ countyId });
}

/** The keys each report in force of a county has a fact for. */
export function keysByReport(db: Db, countyId: number): Promise<{ reportId: number; key: string }[]> {
  return rows(
    db,
    sql`
    select distinct f.report_id as "reportId", f.key as key
    from facts f join units u on u.id = f.unit_id
    where u.county_id = ${countyId} and f.status not in ('rejected', 'pending')`,
  );
}

/** When the county's data last changed: the newest ingest or review. */
export async function asOf(db: Db, countyId: number): Promise<string | null> {
  // SQLite's two-argument max() is PostgreSQL's greatest()
  const greatest = isPg(db) ? sql.raw('greatest') : sql.raw('max');
  const row = await prepared(db, 'asOf', (d) =>
    d
      .select({
        at: sql<
          string | null
        >`${greatest}((select max(r.ingested_at) from reports r join units u on u.id = r.unit_id where u.county_id = ${sql.placeholder('countyId')}),
          coalesce((select max(f.updated_at) from facts f join units u on u.id = f.unit_id where u.county_id = ${sql.placeholder('countyId')} and f.status not in ('auto', 'pending')), ''))`,
      })
      .from(sql`(select 1) as one`)
      .prepare(),
  ).get({ countyId });
  return row?.at ?? null;
}

/** A number that changes whenever reports, units or facts change (kept by triggers, for every writer). */
export async function dataVersion(db: Db): Promise<number> {
  const row = await prepared(db, 'dataVersion', (d) =>
    d.select({ version: sql<number>`version` }).from(sql`data_version`).prepare(),
  ).get();
  return Number(row?.version ?? 0);
}

/**
 * What one county's answers depend on, as "shared.own": the shared row of county_versions (every change but
 * corrections and other updates of facts) and the county's own row (updates of its units' facts). Kept by
 * triggers for every writer; see drizzle/0012_county_versions.sql.
 */
export async function countyStamp(db: Db, countyId: number): Promise<string> {
  const found = await rows<{ countyId: number; version: number }>(
    db,
    sql`select county_id as "countyId", version from county_versions where county_id in (0, ${countyId})`,
  );
  const of = (id: number) => Number(found.find((r) => Number(r.countyId) === id)?.version ?? 0);
  return `${of(0)}.${of(countyId)}`;
}

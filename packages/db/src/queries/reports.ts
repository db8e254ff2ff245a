import type { ReportFlags, ReportParts } from '@fazhi/catalog';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { first, isPg } from '../run.ts';
import { type Report, reports } from '../schema/index.ts';

export type NewReport = typeof reports.$inferInsert;

export function reportBySha(db: Db, sha256: string): Promise<Report | undefined> {
  return prepared(db, 'reportBySha', (d) =>
    d
      .select()
      .from(reports)
      .where(eq(reports.sha256, sql.placeholder('sha256')))
      .prepare(),
  ).get({ sha256 });
}

/** The version of a unit's report for a year that is in force (not superseded). */
export function currentReport(db: Db, unitId: number, year: number): Promise<Report | undefined> {
  return prepared(db, 'currentReport', (d) =>
    d
      .select()
      .from(reports)
      .where(
        and(
          eq(reports.unitId, sql.placeholder('unitId')),
          eq(reports.year, sql.placeholder('year')),
          isNull(reports.supersededAt),
        ),
      )
      .prepare(),
  ).get({ unitId, year });
}

/** Stores a report; answers its id, unit and year only — reading a long text back would cost the caller's thread. */
export async function insertReport(
  db: Db,
  report: NewReport,
): Promise<Pick<Report, 'id' | 'unitId' | 'year'>> {
  const p = (name: string) => sql.placeholder(name);
  const stmt = prepared(db, 'insertReport', (d) =>
    d
      .insert(reports)
      .values({
        unitId: p('unitId'),
        year: p('year'),
        title: p('title'),
        signedDate: p('signedDate'),
        sourceName: p('sourceName'),
        format: p('format'),
        encoding: p('encoding'),
        sha256: p('sha256'),
        text: p('text'),
        extractorVersion: p('extractorVersion'),
        flags: p('flags'),
        parts: p('parts'),
        sample: p('sample'),
      })
      .returning({ id: reports.id, unitId: reports.unitId, year: reports.year })
      .prepare(),
  );
  const row = await stmt.get({
    title: null,
    signedDate: null,
    encoding: null,
    flags: [],
    parts: null,
    ...report,
    sample: report.sample ? 1 : 0,
  });
  if (!row) throw new Error('insert into reports returned nothing');
  return row;
}

export async function supersedeReport(db: Db, oldId: number, newId: number): Promise<void> {
  const now = isPg(db) ? PG_NOW : SQLITE_NOW;
  await db.update(reports).set({ supersededAt: now, supersededBy: newId }).where(eq(reports.id, oldId));
}
// the time in the database's own clock, as the columns' defaults write it (ISO, UTC, milliseconds)
const SQLITE_NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const PG_NOW = sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export function currentReports(db: Db): Promise<Report[]> {
  return db.select().from(reports).where(isNull(reports.supersededAt)).orderBy(reports.id);
}

/** After a re-extraction: which engine made the facts, what it flagged and the required parts it found. */
export async function setExtraction(
  db: Db,
  reportId: number,
  version: string,
  flags: ReportFlags,
  parts: ReportParts,
): Promise<void> {
  await db.update(reports).set({ extractorVersion: version, flags, parts }).where(eq(reports.id, reportId));
}

export function reportById(db: Db, id: number): Promise<Report | undefined> {
  return first(db.select().from(reports).where(eq(reports.id, id)));
}

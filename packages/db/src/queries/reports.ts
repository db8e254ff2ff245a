import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { type Report, reports } from '../schema/index.ts';

export type NewReport = typeof reports.$inferInsert;

export function reportBySha(db: Db, sha256: string): Report | undefined {
  return db.select().from(reports).where(eq(reports.sha256, sha256)).get();
}

/** The version of a unit's report for a year that is in force (not superseded). */
export function currentReport(db: Db, unitId: number, year: number): Report | undefined {
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.unitId, unitId), eq(reports.year, year), isNull(reports.supersededAt)))
    .get();
}

export function insertReport(db: Db, report: NewReport): Report {
  return db.insert(reports).values(report).returning().get();
}

export function supersedeReport(db: Db, oldId: number, newId: number): void {
  db.update(reports)
    .set({ supersededAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`, supersededBy: newId })
    .where(eq(reports.id, oldId))
    .run();
}

export function currentReports(db: Db): Report[] {
  return db.select().from(reports).where(isNull(reports.supersededAt)).orderBy(reports.id).all();
}

export function setExtractorVersion(db: Db, reportId: number, version: string): void {
  db.update(reports).set({ extractorVersion: version }).where(eq(reports.id, reportId)).run();
}

export function reportById(db: Db, id: number): Report | undefined {
  return db.select().from(reports).where(eq(reports.id, id)).get();
}

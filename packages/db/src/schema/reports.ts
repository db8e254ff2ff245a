import { REPORT_FORMATS, type ReportFlags, type ReportParts } from '@fazhi/catalog';
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { units } from './units.ts';

export { REPORT_FORMATS } from '@fazhi/catalog';

/**
 * One version of a unit's report for a year. A newer version supersedes it (superseded_at set) and
 * takes over the facts people confirmed, corrected, rejected or added; old versions stay for the record.
 */
export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    title: text('title'),
    signedDate: text('signed_date'),
    sourceName: text('source_name').notNull(),
    format: text('format', { enum: REPORT_FORMATS }).notNull(),
    encoding: text('encoding'),
    sha256: text('sha256').notNull(),
    text: text('text').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    /** the engine's review flags for this text, as JSON (template text, rates over 100% …) */
    flags: text('flags', { mode: 'json' }).$type<ReportFlags>().notNull().default([]),
    /** the five required parts as the engine found them, as JSON; null: extracted before parts were read */
    parts: text('parts', { mode: 'json' }).$type<ReportParts>(),
    ingestedAt: text('ingested_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    sample: integer('sample', { mode: 'boolean' }).notNull().default(false),
    supersededAt: text('superseded_at'),
    supersededBy: integer('superseded_by'),
  },
  (t) => [uniqueIndex('reports_sha256').on(t.sha256), index('reports_unit_year').on(t.unitId, t.year)],
);

export type Report = typeof reports.$inferSelect;

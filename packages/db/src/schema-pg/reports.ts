import { REPORT_FORMATS, type ReportFlags, type ReportParts } from '@fazhi/catalog';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { isoTimestamp, jsonText, serialId } from './columns.ts';
import { units } from './units.ts';

/** See schema/reports.ts. */
export const reports = pgTable(
  'reports',
  {
    id: serialId('id'),
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
    flags: jsonText<ReportFlags>('flags').notNull().default(sql`'[]'`),
    parts: jsonText<ReportParts>('parts'),
    ingestedAt: isoTimestamp('ingested_at'),
    sample: boolean('sample').notNull().default(false),
    supersededAt: text('superseded_at'),
    supersededBy: integer('superseded_by'),
  },
  (t) => [uniqueIndex('reports_sha256').on(t.sha256), index('reports_unit_year').on(t.unitId, t.year)],
);

import { FACT_STATUSES, INDICATOR_KEYS, QUALIFIERS } from '@fazhi/catalog';
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reports } from './reports.ts';
import { units } from './units.ts';

export {
  COUNTING_STATUSES,
  ENGINE_STATUSES,
  FACT_STATUSES,
  type FactStatus,
  QUALIFIERS,
} from '@fazhi/catalog';

/**
 * A figure read from (or added to) a report. unit_id is the report's unit, kept here so that
 * "county × year × indicator" queries need no join through reports. A span is null when a person
 * added the fact without one, or when its sentence is gone from a newer version of the report.
 */
export const facts = sqliteTable(
  'facts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    key: text('key', { enum: INDICATOR_KEYS }).notNull(),
    year: integer('year').notNull(),
    value: real('value').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    role: text('role', { enum: ['total', 'part'] }),
    derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    evidence: text('evidence').notNull(),
    status: text('status', { enum: FACT_STATUSES }).notNull().default('auto'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    index('facts_key_year_unit').on(t.key, t.year, t.unitId),
    index('facts_unit_year').on(t.unitId, t.year),
    index('facts_report').on(t.reportId),
  ],
);

export type FactRow = typeof facts.$inferSelect;
export type NewFactRow = typeof facts.$inferInsert;

import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reports } from './reports.ts';
import { units } from './units.ts';

/**
 * auto: the engine's, unreviewed; pending: the engine's new figure for a key and year a person already
 * decided, waiting for review beside that decision (it does not count until accepted); the rest are
 * people's decisions.
 */
export const FACT_STATUSES = ['auto', 'pending', 'confirmed', 'corrected', 'rejected', 'added'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];
/** Statuses whose figures count in values. */
export const COUNTING_STATUSES = ['auto', 'confirmed', 'corrected', 'added'] as const;
/** Statuses the engine owns: replaced on every extraction. */
export const ENGINE_STATUSES = ['auto', 'pending'] as const;
export const QUALIFIERS = ['exact', 'over', 'about', 'near', 'under'] as const;

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
    key: text('key').notNull(),
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

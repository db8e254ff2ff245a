import { FACT_STATUSES, INDICATOR_KEYS, QUALIFIERS } from '@fazhi/catalog';
import { boolean, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { isoTimestamp, serialId } from './columns.ts';
import { reports } from './reports.ts';
import { units } from './units.ts';

/** See schema/facts.ts. Values are double precision: SQLite's REAL is 8 bytes, PostgreSQL's `real` only 4. */
export const facts = pgTable(
  'facts',
  {
    id: serialId('id'),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    key: text('key', { enum: INDICATOR_KEYS }).notNull(),
    year: integer('year').notNull(),
    value: doublePrecision('value').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    role: text('role', { enum: ['total', 'part'] }),
    derived: boolean('derived').notNull().default(false),
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    evidence: text('evidence').notNull(),
    status: text('status', { enum: FACT_STATUSES }).notNull().default('auto'),
    createdAt: isoTimestamp('created_at'),
    updatedAt: isoTimestamp('updated_at'),
  },
  (t) => [
    index('facts_key_year_unit').on(t.key, t.year, t.unitId),
    index('facts_unit_year').on(t.unitId, t.year),
    index('facts_report').on(t.reportId),
  ],
);

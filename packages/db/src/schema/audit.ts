import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only record of every change a person (or a re-ingest) made to a fact. Triggers in the
 * migration refuse UPDATE and DELETE on this table. before/after are JSON snapshots of the fact.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    factId: integer('fact_id').notNull(),
    actor: text('actor').notNull(),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    action: text('action').notNull(),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
  },
  (t) => [index('audit_log_fact').on(t.factId)],
);

export type AuditRow = typeof auditLog.$inferSelect;

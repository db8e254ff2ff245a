import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const AUDIT_ENTITIES = ['fact', 'unit', 'region', 'user', 'submission', 'deadline'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * Append-only record of every change a person (or a re-ingest) made: to a fact, a unit, a region or an
 * account. Triggers in the migrations refuse UPDATE and DELETE on this table. before/after are JSON
 * snapshots of the thing changed; fact_id is set for facts (their history is read by it).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity', { enum: AUDIT_ENTITIES }).notNull().default('fact'),
    entityId: integer('entity_id'),
    factId: integer('fact_id'),
    actor: text('actor').notNull(),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    action: text('action').notNull(),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
  },
  (t) => [index('audit_log_fact').on(t.factId), index('audit_log_entity').on(t.entity, t.entityId)],
);

export type AuditRow = typeof auditLog.$inferSelect;

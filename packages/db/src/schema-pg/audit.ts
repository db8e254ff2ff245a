import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { AUDIT_ENTITIES } from '../schema/audit.ts';
import { isoTimestamp, serialId } from './columns.ts';

/** See schema/audit.ts. Triggers in drizzle-pg/ refuse UPDATE and DELETE on this table. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serialId('id'),
    entity: text('entity', { enum: AUDIT_ENTITIES }).notNull().default('fact'),
    entityId: integer('entity_id'),
    factId: integer('fact_id'),
    actor: text('actor').notNull(),
    at: isoTimestamp('at'),
    action: text('action').notNull(),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
  },
  (t) => [index('audit_log_fact').on(t.factId), index('audit_log_entity').on(t.entity, t.entityId)],
);

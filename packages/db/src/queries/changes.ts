import { and, count, desc, eq, gte, like, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { first } from '../run.ts';
import { type AuditEntity, type AuditRow, auditLog } from '../schema/index.ts';
import { auditInScope } from './scope.ts';

/** One change to a unit, region or account, in the same append-only log as the facts' history. */
export async function appendChange(
  db: Db,
  entry: {
    entity: AuditEntity;
    entityId: number;
    actor: string;
    action: string;
    before?: unknown;
    after?: unknown;
    reason?: string | null;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    entity: entry.entity,
    entityId: entry.entityId,
    factId: entry.entity === 'fact' ? entry.entityId : null,
    actor: entry.actor,
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    reason: entry.reason ?? null,
  });
}

export interface ChangeFilter {
  entity?: AuditEntity | undefined;
  entityId?: number | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  /** ISO dates, inclusive */
  from?: string | undefined;
  to?: string | undefined;
  /** only entries about these counties and accounts of these regions (an account's region); left out: all */
  scope?: { countyIds: readonly number[]; regionIds: readonly number[] } | undefined;
  limit: number;
  offset: number;
}

/** Every change, newest first, filtered; with the total for paging. */
export async function listChanges(db: Db, f: ChangeFilter): Promise<{ total: number; rows: AuditRow[] }> {
  const where: SQL[] = [];
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId !== undefined) where.push(eq(auditLog.entityId, f.entityId));
  if (f.actor) where.push(like(auditLog.actor, `%${f.actor}%`));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lte(auditLog.at, `${f.to}\uffff`));
  if (f.scope) where.push(auditInScope(f.scope.countyIds, f.scope.regionIds));
  const cond = where.length > 0 ? and(...where) : undefined;
  const rows = await db
    .select()
    .from(auditLog)
    .where(cond)
    .orderBy(desc(auditLog.id))
    .limit(f.limit)
    .offset(f.offset);
  const total = (await first(db.select({ n: count() }).from(auditLog).where(cond)))?.n ?? 0;
  return { total, rows };
}

import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { type AuditRow, auditLog, type FactRow } from '../schema/index.ts';

export type FactSnapshot = Pick<
  FactRow,
  'reportId' | 'key' | 'year' | 'value' | 'qualifier' | 'status' | 'spanStart' | 'spanEnd' | 'evidence'
>;

export function snapshot(f: FactRow): FactSnapshot {
  const { reportId, key, year, value, qualifier, status, spanStart, spanEnd, evidence } = f;
  return { reportId, key, year, value, qualifier, status, spanStart, spanEnd, evidence };
}

export async function appendAudit(
  db: Db,
  entry: {
    factId: number;
    actor: string;
    action: string;
    before: FactSnapshot | null;
    after: FactSnapshot | null;
    reason?: string | null;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    entity: 'fact',
    entityId: entry.factId,
    factId: entry.factId,
    actor: entry.actor,
    action: entry.action,
    before: entry.before ? JSON.stringify(entry.before) : null,
    after: entry.after ? JSON.stringify(entry.after) : null,
    reason: entry.reason ?? null,
  });
}

/** A fact's history, oldest first. */
export function auditOf(db: Db, factId: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(eq(auditLog.factId, factId)).orderBy(asc(auditLog.id));
}

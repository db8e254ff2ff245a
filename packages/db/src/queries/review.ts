import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { StoreError } from '../errors.ts';
import { writeTx, written } from '../run.ts';
import { type FactRow, facts } from '../schema/index.ts';
import { appendAudit, snapshot } from './audit.ts';
import { factById } from './facts.ts';
import { reportById } from './reports.ts';

export interface Decision {
  actor: string;
  reason?: string | null;
}

function change(db: Db, id: number, action: string, set: Partial<FactRow>, d: Decision): Promise<FactRow> {
  return writeTx(db, async (tx) => {
    const before = await factById(tx, id);
    if (!before) throw new StoreError('fact_not_found', `指标事实 ${id} 不存在`);
    const after = await written(
      tx
        .update(facts)
        .set({ ...set, updatedAt: new Date().toISOString() })
        .where(eq(facts.id, id))
        .returning(),
    );
    await appendAudit(tx, {
      factId: id,
      actor: d.actor,
      action,
      before: snapshot(before),
      after: snapshot(after),
      reason: d.reason,
    });
    return after;
  });
}

/** A person checked the figure against the sentence and agrees. */
export function confirmFact(db: Db, id: number, d: Decision): Promise<FactRow> {
  return change(db, id, 'confirm', { status: 'confirmed' }, d);
}

/** A person sets the right figure; the engine will not overwrite it. */
export async function correctFact(
  db: Db,
  id: number,
  fix: { value: number; qualifier?: FactRow['qualifier']; year?: number; key?: FactRow['key'] },
  d: Decision,
): Promise<FactRow> {
  if (!Number.isFinite(fix.value) || fix.value < 0)
    throw new StoreError('invalid_fact', '更正后的数值必须是非负数');
  return change(db, id, 'correct', { ...fix, status: 'corrected' }, d);
}

/** A person says the figure is not what the engine thought (not an indicator, or wrong key). */
export function rejectFact(db: Db, id: number, d: Decision): Promise<FactRow> {
  return change(db, id, 'reject', { status: 'rejected' }, d);
}

/** A person adds a figure they read in the report. */
export function addFact(
  db: Db,
  fact: {
    reportId: number;
    key: FactRow['key'];
    year: number;
    value: number;
    qualifier: FactRow['qualifier'];
    evidence: string;
    spanStart?: number | null;
    spanEnd?: number | null;
  },
  d: Decision,
): Promise<FactRow> {
  return writeTx(db, async (tx) => {
    const report = await reportById(tx, fact.reportId);
    if (!report) throw new StoreError('report_not_found', `报告 ${fact.reportId} 不存在`);
    const row = await written(
      tx
        .insert(facts)
        .values({ ...fact, unitId: report.unitId, status: 'added', derived: false })
        .returning(),
    );
    await appendAudit(tx, {
      factId: row.id,
      actor: d.actor,
      action: 'add',
      before: null,
      after: snapshot(row),
      reason: d.reason,
    });
    return row;
  });
}

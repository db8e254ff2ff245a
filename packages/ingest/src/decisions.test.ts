import {
  addFact,
  auditOf,
  confirmFact,
  correctFact,
  currentReports,
  factsOfReport,
  rejectFact,
  reportById,
  type Store,
} from '@fazhi/db';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ingestDocument } from './ingest.ts';
import { reextractAll } from './reextract.ts';
import { REPORT, utf8 } from './testing/files.ts';
import { count, raw, type TempStore, tempStore } from './testing/store.ts';

// A person's decisions on figures must survive a new version of the report and a re-run of the engine.
const V2 = REPORT.replace('（三）', '（三）强化普法宣传。').replace('调解成功46件', '成功调解46件');

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(() => t.dispose());

async function factOf(store: Store, key: string) {
  const report = (await currentReports(store.db))[0];
  return (await factsOfReport(store.db, report?.id ?? -1)).filter((f) => f.key === key);
}

async function decide(store: Store) {
  await ingestDocument(store, 'v1.txt', utf8(REPORT));
  const [cases] = await factOf(store, 'dispute.cases');
  const [events] = await factOf(store, 'pub.events');
  const [sessions] = await factOf(store, 'train.sessions');
  if (!cases || !events || !sessions) throw new Error('the test report lacks its figures');
  await correctFact(store.db, cases.id, { value: 50 }, { actor: '张科员', reason: '原文笔误，台账为50件' });
  await confirmFact(store.db, events.id, { actor: '张科员' });
  await rejectFact(store.db, sessions.id, { actor: '李主任', reason: '培训为县级组织，不计入本镇' });
  const report = (await currentReports(store.db))[0];
  await addFact(
    store.db,
    {
      reportId: report?.id ?? -1,
      key: 'svc.consultations',
      year: 2023,
      value: 120,
      qualifier: 'exact',
      evidence: '台账：法律咨询120人次',
    },
    { actor: '张科员', reason: '报告漏写' },
  );
  return { cases, events, sessions };
}

describe('human decisions are kept', () => {
  test('a correction, confirmation, rejection and addition survive a changed version of the report', async () => {
    const { cases, events, sessions } = await decide(t.store);
    const o = await ingestDocument(t.store, 'v2.txt', utf8(V2));
    expect(o).toMatchObject({ status: 'replaced' });

    const [current] = await currentReports(t.store.db);
    const corrected = await factOf(t.store, 'dispute.cases');
    expect(corrected).toHaveLength(1); // the engine did not add its 48 again
    expect(corrected[0]).toMatchObject({
      id: cases.id,
      value: 50,
      status: 'corrected',
      reportId: current?.id,
    });
    const c = corrected[0];
    expect(current?.text.slice(c?.spanStart ?? 0, c?.spanEnd ?? 0)).toBe(cases.evidence);
    expect(await factOf(t.store, 'pub.events')).toEqual([
      expect.objectContaining({ id: events.id, status: 'confirmed' }),
    ]);
    expect(await factOf(t.store, 'train.sessions')).toEqual([
      expect.objectContaining({ id: sessions.id, status: 'rejected' }),
    ]);
    expect(await factOf(t.store, 'svc.consultations')).toEqual([
      expect.objectContaining({ value: 120, status: 'added' }),
    ]);
    // the old version is kept for the record, without its automatic facts
    const old = await reportById(t.store.db, (current?.id ?? 0) - 1);
    expect(old?.supersededBy).toBe(current?.id);
    expect(await count(t.store, 'facts', `report_id = ${old?.id}`)).toBe(0);
    expect((await auditOf(t.store.db, cases.id)).map((a) => a.action)).toEqual(['correct', 'carry']);
  });

  test('a correction survives pnpm reextract, and the engine facts are not doubled', async () => {
    const { cases } = await decide(t.store);
    const before = await count(t.store, 'facts');
    const summary = await reextractAll(t.store);
    expect(summary.reports).toBe(1);
    expect(await count(t.store, 'facts')).toBe(before);
    expect(await factOf(t.store, 'dispute.cases')).toEqual([
      expect.objectContaining({ id: cases.id, value: 50, status: 'corrected' }),
    ]);
    expect(await auditOf(t.store.db, cases.id)).toEqual([
      expect.objectContaining({ action: 'correct', actor: '张科员', reason: '原文笔误，台账为50件' }),
    ]);
  });

  test('the audit log refuses to be edited or emptied', async () => {
    await decide(t.store);
    // both engines' triggers say 'audit_log is append-only' (SQLite RAISE(ABORT), PostgreSQL RAISE EXCEPTION)
    await expect(raw(t.store, "update audit_log set actor = 'x'")).rejects.toThrow(/append-only/);
    await expect(raw(t.store, 'delete from audit_log')).rejects.toThrow(/append-only/);
    expect(await count(t.store, 'audit_log')).toBe(4);
  });
});

import type { IndicatorKey, Qualifier } from '@fazhi/catalog';
import { addFact, confirmFact, correctFact, type Db, rejectFact, StoreError } from '@fazhi/db';
import { ServiceError } from './errors.ts';
import { type Fact, factBody } from './records.ts';

/** A person's word on a fact: it is right, it should read otherwise, or it is no indicator at all. */
export type FactDecision =
  | { action: 'confirm'; reason?: string | undefined }
  | { action: 'correct'; value: number; qualifier?: Qualifier | undefined; reason: string }
  | { action: 'reject'; reason: string };

/** A figure a person read in a report, and the words it stands in. */
export interface NewFact {
  reportId: number;
  key: IndicatorKey;
  year: number;
  value: number;
  qualifier: Qualifier;
  evidence: string;
  spanStart?: number | null | undefined;
  spanEnd?: number | null | undefined;
  reason?: string | undefined;
}

async function translate<T>(act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    if (err.code === 'fact_not_found') throw new ServiceError('unknown_fact', err.message);
    if (err.code === 'report_not_found') throw new ServiceError('unknown_report', err.message);
    throw new ServiceError('bad_request', err.message);
  }
}

/** A person confirms, corrects or rejects a fact; written to the audit log. */
export async function decideFact(db: Db, id: number, d: FactDecision, actor: string): Promise<Fact> {
  const who = { actor, reason: d.reason ?? null };
  return factBody(
    await translate(() => {
      if (d.action === 'confirm') return confirmFact(db, id, who);
      if (d.action === 'reject') return rejectFact(db, id, who);
      return correctFact(db, id, { value: d.value, ...(d.qualifier ? { qualifier: d.qualifier } : {}) }, who);
    }),
  );
}

/** A person adds a figure they read in a report; written to the audit log. */
export async function addFactByPerson(db: Db, f: NewFact, actor: string): Promise<Fact> {
  const { reason, ...fact } = f;
  return factBody(await translate(() => addFact(db, fact, { actor, reason: reason ?? null })));
}

import type { FactDecision, NewFact } from '@fazhi/contract';
import { addFact, confirmFact, correctFact, type Db, rejectFact, StoreError } from '@fazhi/db';
import type { z } from 'zod';
import { ServiceError } from './errors.ts';
import { factBody } from './records.ts';

function translate<T>(act: () => T): T {
  try {
    return act();
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    if (err.code === 'fact_not_found') throw new ServiceError('unknown_fact', err.message);
    if (err.code === 'report_not_found') throw new ServiceError('unknown_report', err.message);
    throw new ServiceError('bad_request', err.message);
  }
}

/** A person confirms, corrects or rejects a fact; written to the audit log. */
export function decideFact(db: Db, id: number, d: z.infer<typeof FactDecision>, actor: string) {
  const who = { actor, reason: d.reason ?? null };
  return factBody(
    translate(() => {
      if (d.action === 'confirm') return confirmFact(db, id, who);
      if (d.action === 'reject') return rejectFact(db, id, who);
      return correctFact(db, id, { value: d.value, ...(d.qualifier ? { qualifier: d.qualifier } : {}) }, who);
    }),
  );
}

/** A person adds a figure they read in a report; written to the audit log. */
export function addFactByPerson(db: Db, f: z.infer<typeof NewFact>, actor: string) {
  const { reason, ...fact } = f;
  return factBody(translate(() => addFact(db, fact, { actor, reason: reason ?? null })));
}

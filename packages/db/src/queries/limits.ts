import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { loginFailures } from '../schema/index.ts';

/** The sign-in limiter's memory of failures, shared by every process that opens this database. */
export interface FailureLog {
  /** when this key failed at or after `since`, oldest first */
  since(key: string, since: number): number[];
  /** one failure of each key at `at`; failures older than `forgetBefore` are dropped at the same time */
  add(keys: string[], at: number, forgetBefore: number): void;
  /** forgets every failure of these keys */
  clear(keys: string[]): void;
}

export function failureLog(db: Db): FailureLog {
  return {
    since: (key, since) =>
      db
        .select({ at: loginFailures.at })
        .from(loginFailures)
        .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)))
        .orderBy(asc(loginFailures.at), asc(loginFailures.id))
        .all()
        .map((r) => r.at),
    // two plain statements, no write transaction: a read-only server keeps these rows in a TEMP copy
    add: (keys, at, forgetBefore) => {
      db.delete(loginFailures).where(lt(loginFailures.at, forgetBefore)).run();
      if (keys.length > 0)
        db.insert(loginFailures)
          .values(keys.map((key) => ({ key, at })))
          .run();
    },
    clear: (keys) => {
      if (keys.length > 0) db.delete(loginFailures).where(inArray(loginFailures.key, keys)).run();
    },
  };
}

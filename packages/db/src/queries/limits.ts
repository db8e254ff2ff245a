import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { loginFailures } from '../schema/index.ts';

/** The sign-in limiter's memory of failures, shared by every process that opens this database. */
export interface FailureLog {
  /** when this key failed at or after `since`, oldest first */
  since(key: string, since: number): Promise<number[]>;
  /** one failure of each key at `at`; failures older than `forgetBefore` are dropped at the same time */
  add(keys: string[], at: number, forgetBefore: number): Promise<void>;
  /** forgets every failure of these keys */
  clear(keys: string[]): Promise<void>;
}

export function failureLog(db: Db): FailureLog {
  return {
    since: async (key, since) =>
      (
        await db
          .select({ at: loginFailures.at })
          .from(loginFailures)
          .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)))
          .orderBy(asc(loginFailures.at), asc(loginFailures.id))
      ).map((r) => Number(r.at)),
    // two plain statements, no write transaction: a read-only server keeps these rows in a TEMP copy
    add: async (keys, at, forgetBefore) => {
      await db.delete(loginFailures).where(lt(loginFailures.at, forgetBefore));
      if (keys.length > 0) await db.insert(loginFailures).values(keys.map((key) => ({ key, at })));
    },
    clear: async (keys) => {
      if (keys.length > 0) await db.delete(loginFailures).where(inArray(loginFailures.key, keys));
    },
  };
}

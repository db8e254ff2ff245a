import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { is, type SQL, sql } from 'drizzle-orm';
import { PgDatabase, PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/**
 * How queries run on either engine. Every query is written once with drizzle and awaited: a better-sqlite3
 * builder runs synchronously when awaited, a node-postgres one sends the statement. Only raw SQL and write
 * transactions need to know the engine, and they ask here.
 */
export const isPg = (db: Db): boolean => is(db as unknown, PgDatabase);

/** Rows of a raw SQL statement (aliases quoted, "camelCase", since PostgreSQL folds bare ones to lower case). */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  if (isPg(db)) {
    const result = (await (db as unknown as PgDatabase<never>).execute(query)) as unknown as { rows: T[] };
    return result.rows;
  }
  return db.all<T>(query);
}

/** The first row a query returns, or undefined. */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

/** The one row an insert or update … returning() wrote; a missing row is a bug, not a user's error. */
export async function written<T>(query: PromiseLike<T[]>): Promise<T> {
  const [row] = await query;
  if (row === undefined) throw new Error('the write returned no row');
  return row;
}

// Any fixed number, the same in every process: PostgreSQL write transactions take this lock first, so
// writes queue one after another across processes as they do on SQLite (one writer at a time). Reads do not.
const WRITE_LOCK = 16_0002;

/** Which connection's write transaction this async chain is inside (so a nested call joins it). */
const insideWrite = new AsyncLocalStorage<Database.Database>();
/** Per SQLite connection, the tail of the queue of write transactions waiting for it. */
const queues = new WeakMap<Database.Database, Promise<unknown>>();

/**
 * Runs `work` in one write transaction. On SQLite: BEGIN IMMEDIATE (the write lock at once, waiting up to
 * the busy timeout for another process) … COMMIT, and this process's write transactions queue for the
 * connection, since `work` awaits and another request's could otherwise start inside it. On PostgreSQL: a
 * transaction that takes the installation's write lock first. A call inside another joins it. `work` may
 * only await the store: a transaction waiting on anything else holds every writer up.
 */
export async function writeTx<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (isPg(db)) {
    if (is(db as unknown, PgTransaction)) return work(db);
    return (db as unknown as PgDatabase<never>).transaction(
      async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
        return work(tx as unknown as Db);
      },
      // the lock above already orders writers; reads inside see what committed before it was granted
      { isolationLevel: 'read committed' },
    );
  }
  const conn = db.$client;
  if (insideWrite.getStore() === conn) return work(db);
  const before = queues.get(conn) ?? Promise.resolve();
  const mine = before
    .catch(() => undefined)
    .then(() => insideWrite.run(conn, () => sqliteTx(conn, db, work)));
  queues.set(conn, mine);
  try {
    return await mine;
  } finally {
    if (queues.get(conn) === mine) queues.delete(conn);
  }
}

/**
 * On SQLite, waits until the write transactions this process has open or queued (other requests') have
 * ended: they share the connection, so a read in between would see what they have not committed, and the
 * data version they moved. The read model reads the version after this, so no cached answer is built from
 * a write that may yet roll back. Requests interleave like this only when one event starts two at once (tests
 * sending requests together); on PostgreSQL every transaction has a connection of its own.
 */
export async function afterWrites(db: Db): Promise<void> {
  if (isPg(db)) return;
  const conn = db.$client;
  if (insideWrite.getStore() === conn) return;
  await queues.get(conn)?.catch(() => undefined);
}

async function sqliteTx<T>(conn: Database.Database, db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  conn.exec('BEGIN IMMEDIATE');
  try {
    const result = await work(db);
    conn.exec('COMMIT');
    return result;
  } catch (err) {
    if (conn.inTransaction) conn.exec('ROLLBACK');
    throw err;
  }
}

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store, sqliteOf } from '@fazhi/db';

/**
 * The engine the test project runs these suites on: `unit` on SQLite files, `postgres` (FAZHI_TEST_ENGINE)
 * on a database of its own per test on the PostgreSQL test cluster.
 */
export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.FAZHI_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

type Raw = (text: string) => Promise<Record<string, unknown>[]>;

/** Per PostgreSQL store, a connection pool of its own to the same database, for the raw statements below. */
const raws = new WeakMap<Store, Raw>();

export interface TempStore {
  store: Store;
  /** the SQLite file, or the database's address on the test cluster */
  file: string;
  dispose: () => Promise<void>;
}

/**
 * A new, empty store on the test engine: a real SQLite file in a fresh temporary folder, or a new database
 * on the PostgreSQL test cluster. `dispose` closes it and removes the folder or drops the database.
 */
export async function tempStore(): Promise<TempStore> {
  if (TEST_ENGINE === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-db-'));
    const file = path.join(dir, 'test.db');
    const store = openStore(file);
    return {
      store,
      file,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { createTestDatabase } = await import('@fazhi/db/testing/pg');
  const { openPgStore } = await import('@fazhi/db/pg');
  const database = await createTestDatabase();
  const store = await openPgStore(database.url, { poolSize: 4 }).catch(async (err: unknown) => {
    await database.drop();
    throw err;
  });
  raws.set(store, async (text) => (await database.pool.query(text)).rows);
  return {
    store,
    file: store.file,
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/**
 * Runs one raw SQL statement on either engine and returns its rows (none for a write). drizzle-orm (and so
 * `rows(store.db, sql…)`) is not a dependency of this package: SQLite runs it on the store's connection,
 * PostgreSQL on a pool of the test database's own (after an awaited write it sees what was committed).
 */
export async function raw(store: Store, text: string): Promise<Record<string, unknown>[]> {
  const pg = raws.get(store);
  if (pg !== undefined) return pg(text);
  const statement = sqliteOf(store).prepare(text);
  if (statement.reader) return statement.all() as Record<string, unknown>[];
  statement.run();
  return [];
}

// every one has an id column (an identity on PostgreSQL), so both engines list the rows in the same order
const TABLES = ['regions', 'units', 'unit_aliases', 'reports', 'facts', 'audit_log'];

/** A hash of every row of every data table: equal before and after means nothing was written. */
export async function fingerprint(store: Store): Promise<string> {
  const hash = createHash('sha256');
  for (const t of TABLES) hash.update(JSON.stringify(await raw(store, `select * from ${t} order by id`)));
  return hash.digest('hex');
}

export async function count(store: Store, table: string, where = '1 = 1'): Promise<number> {
  const [row] = await raw(store, `select count(*) as n from ${table} where ${where}`);
  // PostgreSQL's count is an int8, which node-postgres reads as a string
  return Number(row?.n);
}

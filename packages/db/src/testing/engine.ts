import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store, sqliteOf } from '../client.ts';
import { isPg } from '../run.ts';

/**
 * The engine a test project runs its suites on: `unit` on SQLite files, `postgres` (FAZHI_TEST_ENGINE) on a
 * database of its own per store on the PostgreSQL test cluster.
 */
export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.FAZHI_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const addresses = new WeakMap<Store, string>();
const drops = new WeakMap<Store, () => Promise<void>>();

/**
 * A new, empty store on the test engine: app.db in `dir` (a new temporary folder when none is given, removed
 * on dispose), or a new database on the test cluster (dropped on dispose).
 */
export async function newTestStore(dir?: string): Promise<Store> {
  if (TEST_ENGINE === 'sqlite') {
    const folder = dir ?? mkdtempSync(path.join(tmpdir(), 'fazhi-db-'));
    const store = openStore(path.join(folder, 'app.db'));
    if (dir === undefined) drops.set(store, async () => rmSync(folder, { recursive: true, force: true }));
    return store;
  }
  const { createTestDatabase } = await import('./pg.ts');
  const { openPgStore } = await import('../pg/store.ts');
  const database = await createTestDatabase();
  const store = await openPgStore(database.url, { poolSize: 4 }).catch(async (err: unknown) => {
    await database.drop();
    throw err;
  });
  addresses.set(store, database.url);
  drops.set(store, () => database.drop());
  return store;
}

/** Another connection to the same database, as a second API process opens it. */
export async function reopenTestStore(store: Store): Promise<Store> {
  const url = addresses.get(store);
  if (url === undefined) return openStore(store.file);
  const { openPgStore } = await import('../pg/store.ts');
  return openPgStore(url, { poolSize: 4 });
}

/** Closes a store from newTestStore and drops its database (or removes the folder it made). */
export async function disposeTestStore(store: Store): Promise<void> {
  await store.close();
  await drops.get(store)?.();
}

/** One raw SQL statement on either engine, for tests that look under the store: its rows (none for a write). */
export async function rawRows(store: Store, text: string): Promise<Record<string, unknown>[]> {
  if (isPg(store.db)) {
    // the pool itself, so a refused statement's own error comes back (drizzle would wrap it)
    const pool = store.db.$client as unknown as {
      query(text: string): Promise<{ rows: Record<string, unknown>[] }>;
    };
    return (await pool.query(text)).rows;
  }
  const statement = sqliteOf(store).prepare(text);
  if (statement.reader) return statement.all() as Record<string, unknown>[];
  statement.run();
  return [];
}

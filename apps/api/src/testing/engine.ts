import path from 'node:path';
import { openStore, type Store } from '@fazhi/db';

/**
 * The engine the test project runs the API suites on: `unit` on SQLite files, `postgres` (FAZHI_TEST_ENGINE)
 * on a database of its own per app on the PostgreSQL test cluster.
 */
export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.FAZHI_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const addresses = new WeakMap<Store, string>();
const drops = new WeakMap<Store, () => Promise<void>>();

/** A new, empty store: the file app.db in `dir`, or a new database on the test cluster. */
export async function newTestStore(dir: string): Promise<Store> {
  if (TEST_ENGINE === 'sqlite') return openStore(path.join(dir, 'app.db'));
  const { createTestDatabase } = await import('@fazhi/db/testing/pg');
  const { openPgStore } = await import('@fazhi/db/pg');
  const database = await createTestDatabase();
  const store = await openPgStore(database.url, { poolSize: 4 });
  addresses.set(store, database.url);
  drops.set(store, () => database.drop());
  return store;
}

/** Another connection to the same database, as a second API process opens it. */
export async function reopenTestStore(store: Store): Promise<Store> {
  const url = addresses.get(store);
  if (url === undefined) return openStore(store.file);
  const { openPgStore } = await import('@fazhi/db/pg');
  return openPgStore(url, { poolSize: 4 });
}

/** Closes a store from newTestStore; its PostgreSQL database is dropped (a file's folder is the caller's). */
export async function disposeTestStore(store: Store): Promise<void> {
  await store.close();
  await drops.get(store)?.();
}

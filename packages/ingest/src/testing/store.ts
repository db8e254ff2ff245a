import { createHash } from 'node:crypto';
import type { Store } from '@fazhi/db';
import { disposeTestStore, newTestStore, rawRows } from '@fazhi/db/testing/engine';

export { TEST_ENGINE } from '@fazhi/db/testing/engine';

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
  const store = await newTestStore();
  return { store, file: store.file, dispose: () => disposeTestStore(store) };
}

/** One raw SQL statement on either engine: its rows (none for a write). */
export const raw = rawRows;

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

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type SqliteStore } from '@fazhi/db';

/** A real SQLite file in a fresh temporary folder; `dispose` closes and removes it. */
export function tempStore(): { store: SqliteStore; file: string; dispose: () => Promise<void> } {
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

const TABLES = ['regions', 'units', 'unit_aliases', 'reports', 'facts', 'audit_log'];

/** A hash of every row of every data table: equal before and after means nothing was written. */
export function fingerprint(store: SqliteStore): string {
  const hash = createHash('sha256');
  for (const t of TABLES)
    hash.update(JSON.stringify(store.sqlite.prepare(`select * from ${t} order by rowid`).all()));
  return hash.digest('hex');
}

export function count(store: SqliteStore, table: string, where = '1 = 1'): number {
  const row = store.sqlite.prepare(`select count(*) as n from ${table} where ${where}`).get() as {
    n: number;
  };
  return row.n;
}

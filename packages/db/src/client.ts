import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { storageFault } from './faults.ts';
import { migrateStore } from './migrate.ts';
import { syncIndicatorsOnOpen } from './queries/indicators.ts';
import { dataVersion } from './queries/read.ts';
import * as schema from './schema/index.ts';

/** drizzle over the store's connection; `$client` is the SQLite connection (on PostgreSQL see run.ts) */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * The database on either engine. Queries are written once against the SQLite schema's tables and run on
 * both: the PostgreSQL schema has the same tables, columns, types and defaults (schema-pg.test.ts holds
 * them equal), so the rows come back in the same shape (see run.ts for what differs).
 */
export interface Store {
  engine: 'sqlite' | 'postgres';
  db: Db;
  /** the database file, or the server's address without its password: named in messages about it */
  file: string;
  /** why this store cannot write (it was opened read-only), or null when it can */
  readOnly: string | null;
  /** the data version: moves with every change to reports, units or facts, from any process */
  version(): Promise<number>;
  close(): Promise<void>;
}

export interface SqliteStore extends Store {
  engine: 'sqlite';
  /** the raw connection, for pragmas, backups and closing */
  sqlite: Database.Database;
}

/** The SQLite connection of a store, for what only SQLite has (pragmas, online backup); refused on PostgreSQL. */
export function sqliteOf(store: Store): Database.Database {
  if (store.engine !== 'sqlite') throw new Error(`${store.file} 不是 SQLite 数据库文件`);
  return (store as SqliteStore).sqlite;
}

/**
 * How long a write waits for another process's write to finish before giving up with "数据库正忙".
 * Every write transaction takes the lock at BEGIN (IMMEDIATE) and holds it for one report or one decision:
 * the longest hold seen while `pnpm ingest` (280 reports) or `pnpm reextract` ran on a loaded 2-core machine
 * was 0.1 s. The wait blocks the server's only thread, so it stays at a few seconds rather than more.
 */
export const BUSY_TIMEOUT_MS = 5000;

/** Takes the write lock and writes the header's user_version unchanged, then rolls back: fails when read-only. */
function probeWrite(sqlite: Database.Database) {
  sqlite
    .transaction(() => {
      sqlite.pragma(`user_version = ${Number(sqlite.pragma('user_version', { simple: true }))}`);
      throw new Rollback();
    })
    .immediate();
}
class Rollback extends Error {}

/**
 * Opens (creating if needed) the SQLite file for reading and writing, applies the committed migrations and
 * syncs the catalog; when the schema is current and the catalog in sync, opening writes nothing. A file
 * that cannot be written, a full disk or a busy database is a StorageFault naming the file.
 */
export function openStore(file: string): SqliteStore {
  let sqlite: Database.Database | null = null;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle({ client: sqlite, schema });
    migrateStore(sqlite);
    syncIndicatorsOnOpen(db);
    try {
      probeWrite(sqlite);
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
    }
    const conn = sqlite;
    return {
      engine: 'sqlite',
      db,
      sqlite: conn,
      file,
      readOnly: null,
      version: () => dataVersion(db),
      close: async () => {
        conn.close();
      },
    };
  } catch (err) {
    sqlite?.close();
    const fault = storageFault(err, file);
    if (fault) throw fault;
    throw err;
  }
}

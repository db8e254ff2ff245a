import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');
// drizzle's own bookkeeping table, kept exactly as its migrator makes it so that older files open as before
const TABLE = '__drizzle_migrations';

function lastApplied(sqlite: Database.Database): number | null {
  const exists = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(TABLE);
  if (!exists) return null;
  const row = sqlite.prepare(`select created_at from ${TABLE} order by created_at desc limit 1`).get() as
    | { created_at: number | string }
    | undefined;
  return row ? Number(row.created_at) : null;
}

/** The committed migrations this file has not had yet (none: the schema is current). */
export function pendingMigrations(sqlite: Database.Database) {
  const last = lastApplied(sqlite);
  return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).filter(
    (m) => last === null || last < m.folderMillis,
  );
}

/**
 * Applies the pending migrations the way drizzle's migrator does, but writes nothing when the schema is
 * current (so a full disk or a read-only file can still be opened), and takes the write lock first
 * (BEGIN IMMEDIATE) and looks again, so two processes opening an old file at once migrate it once.
 */
export function migrateStore(sqlite: Database.Database): void {
  if (pendingMigrations(sqlite).length === 0) return;
  sqlite
    .transaction(() => {
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS "${TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
      );
      const insert = sqlite.prepare(`INSERT INTO "${TABLE}" ("hash", "created_at") VALUES (?, ?)`);
      for (const m of pendingMigrations(sqlite)) {
        for (const statement of m.sql) sqlite.exec(statement);
        insert.run(m.hash, m.folderMillis);
      }
    })
    .immediate();
}

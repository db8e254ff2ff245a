import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from '../migrate.ts';

/**
 * A database file as an older release left it: only the first `count` committed migrations applied, and
 * recorded the way the migrator records them, so `openStore` later applies the rest (a migration test).
 * `seed` writes rows in that old schema before the file is closed.
 */
export function fileAtMigration(file: string, count: number, seed: (db: Database.Database) => void): void {
  const sqlite = new Database(file);
  sqlite.exec(
    'CREATE TABLE "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)',
  );
  const insert = sqlite.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)');
  for (const m of readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).slice(0, count)) {
    for (const statement of m.sql) sqlite.exec(statement);
    insert.run(m.hash, m.folderMillis);
  }
  seed(sqlite);
  sqlite.close();
}

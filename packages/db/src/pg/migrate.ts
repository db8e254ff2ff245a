import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Pool } from 'pg';

export const PG_MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle-pg');

// Any fixed number, the same in every process: the key of the advisory lock migrations are applied under.
const MIGRATION_LOCK = 16_0001;

/**
 * Applies the committed PostgreSQL migrations (drizzle-pg/) with drizzle's migrator; those already applied
 * are skipped. Several API processes may start at once against one server: they take a session-level advisory
 * lock first, so one migrates and the others then find nothing left to do.
 */
export async function migratePg(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: PG_MIGRATIONS });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

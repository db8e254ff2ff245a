import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the test cluster's URL (pg-cluster.ts provides it to the pg project) */
    databaseUrl: string;
  }
}

export interface TestDatabase {
  /** the new database's postgres:// URL */
  url: string;
  pool: pg.Pool;
  /** closes the pool and drops the database */
  drop(): Promise<void>;
}

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database on the test cluster, for one test file: files run in parallel, each on its own.
 * Drop it in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `fazhi_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  return {
    url: url.toString(),
    pool,
    async drop() {
      await pool.end();
      await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

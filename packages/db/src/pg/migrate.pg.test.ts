import { readFileSync } from 'node:fs';
import { getTableName, is, Table } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as pgSchema from '../schema-pg/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/pg.ts';
import { migratePg } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const names = async (sql: string) =>
  (await t.pool.query<{ name: string }>(sql)).rows.map((r) => r.name).sort();
/** the committed migrations, as drizzle-kit's journal lists them */
const COMMITTED = (
  JSON.parse(readFileSync(new URL('../../drizzle-pg/meta/_journal.json', import.meta.url), 'utf8')) as {
    entries: unknown[];
  }
).entries.length;
const applied = async () =>
  Number((await t.pool.query('SELECT count(*) AS n FROM drizzle.__drizzle_migrations')).rows[0].n);

describe('migratePg', () => {
  test('builds every table of the schema, data_version and county_versions, on an empty database', async () => {
    await migratePg(t.pool);
    const expected = Object.values(pgSchema)
      .filter((v) => is(v, Table))
      .map((v) => getTableName(v));
    expect(
      await names(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`),
    ).toEqual([...expected, 'county_versions', 'data_version'].sort());
    expect(await applied()).toBe(COMMITTED);
  });

  test('builds the append-only, data-version and county-version triggers', async () => {
    const triggers = await names(
      `SELECT DISTINCT trigger_name AS name FROM information_schema.triggers WHERE trigger_schema = 'public'`,
    );
    expect(triggers).toContain('audit_log_no_update');
    expect(triggers).toContain('audit_log_no_delete');
    const versions = triggers.filter((n) => n.endsWith('_version'));
    // seven tables move data_version and the shared county version; updates of facts move their counties'
    expect(
      versions.filter((n) => !n.endsWith('_shared_version') && n !== 'facts_county_version'),
    ).toHaveLength(7);
    expect(versions.filter((n) => n.endsWith('_shared_version'))).toHaveLength(7);
    expect(versions).toContain('facts_county_version');
  });

  test('does nothing the second time', async () => {
    const before = await applied();
    await migratePg(t.pool);
    expect(await applied()).toBe(before);
  });

  test('applies them once when several processes start at once', async () => {
    const other = await createTestDatabase();
    try {
      const pools = [other.pool, new pg.Pool({ connectionString: other.url, max: 2 })];
      await Promise.all(pools.map((p) => migratePg(p)));
      await pools[1]?.end();
      const { rows } = await other.pool.query('SELECT count(*) AS n FROM drizzle.__drizzle_migrations');
      expect(Number(rows[0].n)).toBe(COMMITTED);
    } finally {
      await other.drop();
    }
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/pg.ts';
import { migratePg } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await migratePg(t.pool);
});
afterAll(() => t.drop());

type Query = (sql: string, params?: unknown[]) => Promise<number>;
/** Runs a statement and returns the id (or key) of the row it returned, if any. */
const run: Query = async (sql, params = []) => {
  const { rows } = await t.pool.query(sql, params);
  return rows[0]?.id;
};
const version = async (client: pg.Pool | pg.Client = t.pool) =>
  Number((await client.query('SELECT version FROM data_version')).rows[0].version);

const unit = () => run(`INSERT INTO units (name, type) VALUES ('城关镇', 'town') RETURNING id`);
const report = async () =>
  run(
    `INSERT INTO reports (unit_id, year, source_name, format, sha256, text, extractor_version)
     VALUES ($1, 2024, 'a.txt', 'txt', md5(random()::text), '正文', '1') RETURNING id`,
    [await unit()],
  );
const user = () =>
  run(
    `INSERT INTO users (username, display_name, role, password_hash)
     VALUES (md5(random()::text), '张三', 'editor', 'x') RETURNING id`,
  );

interface Case {
  table: string;
  /** rows it needs first; returns the parameter of insert */
  needs?: () => Promise<number>;
  insert: string;
  update: string;
  remove: string;
}

// The tables whose SQLite triggers move the data version (drizzle/0003, 0004, 0008): what the dashboard reads.
const TRACKED: Case[] = [
  {
    table: 'regions',
    insert: `INSERT INTO regions (name, level) VALUES ('某县', 'county') RETURNING id`,
    update: `UPDATE regions SET name = '新县' WHERE id = $1`,
    remove: 'DELETE FROM regions WHERE id = $1',
  },
  {
    table: 'units',
    insert: `INSERT INTO units (name, type) VALUES ('城关镇', 'town') RETURNING id`,
    update: `UPDATE units SET population = 1000 WHERE id = $1`,
    remove: 'DELETE FROM units WHERE id = $1',
  },
  {
    table: 'unit_aliases',
    needs: unit,
    insert: `INSERT INTO unit_aliases (unit_id, alias) VALUES ($1, '城关') RETURNING id`,
    update: `UPDATE unit_aliases SET alias = '城关乡' WHERE id = $1`,
    remove: 'DELETE FROM unit_aliases WHERE id = $1',
  },
  {
    table: 'reports',
    needs: unit,
    insert: `INSERT INTO reports (unit_id, year, source_name, format, sha256, text, extractor_version)
             VALUES ($1, 2024, 'a.txt', 'txt', md5(random()::text), '正文', '1') RETURNING id`,
    update: `UPDATE reports SET superseded_at = '2025-01-01' WHERE id = $1`,
    remove: 'DELETE FROM reports WHERE id = $1',
  },
  {
    table: 'facts',
    needs: report,
    insert: `INSERT INTO facts (report_id, unit_id, key, year, value, qualifier, evidence)
             SELECT id, unit_id, 'train.sessions', 2024, 3, 'exact', '培训3次' FROM reports WHERE id = $1 RETURNING id`,
    update: `UPDATE facts SET status = 'confirmed' WHERE id = $1`,
    remove: 'DELETE FROM facts WHERE id = $1',
  },
  {
    table: 'submissions',
    needs: unit,
    insert: `INSERT INTO submissions (unit_id, year) VALUES ($1, 2024) RETURNING id`,
    update: `UPDATE submissions SET received_on = '2025-02-01' WHERE id = $1`,
    remove: 'DELETE FROM submissions WHERE id = $1',
  },
  {
    table: 'deadlines',
    insert: `INSERT INTO deadlines (year, report_by, publish_by) VALUES (2024, '2025-03-01', '2025-04-01') RETURNING year AS id`,
    update: `UPDATE deadlines SET report_by = '2025-03-15' WHERE year = $1`,
    remove: 'DELETE FROM deadlines WHERE year = $1',
  },
];

// Tables the cached reads do not depend on: accounts, the log, the catalog (synced at start), unread figures
// (written only beside a write to their report).
const UNTRACKED: Case[] = [
  {
    table: 'users',
    insert: `INSERT INTO users (username, display_name, role, password_hash) VALUES ('u1', '张三', 'editor', 'x') RETURNING id`,
    update: `UPDATE users SET disabled_at = '2025-01-01' WHERE id = $1`,
    remove: 'DELETE FROM users WHERE id = $1',
  },
  {
    table: 'sessions',
    needs: user,
    insert: `INSERT INTO sessions (id, user_id, csrf, expires_at) VALUES (md5(random()::text), $1, 'c', '2099-01-01') RETURNING id`,
    update: `UPDATE sessions SET expires_at = '2099-02-01' WHERE id = $1`,
    remove: 'DELETE FROM sessions WHERE id = $1',
  },
  {
    table: 'indicators',
    insert: `INSERT INTO indicators (key, label, unit, group_key, direction, combine)
             VALUES ('k', '指标', '次', 'g', 'higher', 'sum') RETURNING key AS id`,
    update: `UPDATE indicators SET label = '新指标' WHERE key = $1`,
    remove: 'DELETE FROM indicators WHERE key = $1',
  },
  {
    table: 'unread_figures',
    needs: report,
    insert: `INSERT INTO unread_figures (report_id, value, qualifier, measure, span_start, span_end, evidence, figure_start, figure_end)
             VALUES ($1, 3, 'exact', '场', 0, 5, '开展3场', 2, 4) RETURNING id`,
    update: `UPDATE unread_figures SET value = 4 WHERE id = $1`,
    remove: 'DELETE FROM unread_figures WHERE id = $1',
  },
];

describe('the data version on PostgreSQL', () => {
  test.each(TRACKED)('moves on an insert, an update and a delete of $table', async (c) => {
    const needed = c.needs ? [await c.needs()] : [];
    const v0 = await version();
    const id = await run(c.insert, needed);
    expect(await version()).toBe(v0 + 1);
    await run(c.update, [id]);
    expect(await version()).toBe(v0 + 2);
    await run(c.remove, [id]);
    expect(await version()).toBe(v0 + 3);
  });

  test.each(UNTRACKED)('stays on an insert, an update and a delete of $table', async (c) => {
    const needed = c.needs ? [await c.needs()] : [];
    const v0 = await version();
    const id = await run(c.insert, needed);
    await run(c.update, [id]);
    await run(c.remove, [id]);
    expect(await version()).toBe(v0);
  });

  test('moves once for a statement of many rows', async () => {
    const v0 = await version();
    await run(`INSERT INTO units (name, type) SELECT '镇' || n, 'town' FROM generate_series(1, 50) n`);
    expect(await version()).toBe(v0 + 1);
  });

  test('moves for other connections when the change commits, and not before', async () => {
    const writer = await t.pool.connect();
    try {
      const v0 = await version();
      await writer.query('BEGIN');
      await writer.query(`INSERT INTO units (name, type) VALUES ('城关镇', 'town')`);
      expect(await version()).toBe(v0);
      await writer.query('COMMIT');
      expect(await version()).toBe(v0 + 1);
    } finally {
      writer.release();
    }
  });

  test('is announced on the data_version channel to those who LISTEN', async () => {
    const listener = new pg.Client({ connectionString: t.url });
    await listener.connect();
    try {
      await listener.query('LISTEN data_version');
      const heard = new Promise<string | undefined>((resolve) => {
        listener.once('notification', (n) => resolve(n.payload));
      });
      await run(`INSERT INTO units (name, type) VALUES ('城关镇', 'town')`);
      expect(await heard).toBe(String(await version()));
    } finally {
      await listener.end();
    }
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/pg.ts';
import { migratePg } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await migratePg(t.pool);
  await t.pool.query(
    `INSERT INTO audit_log (entity, fact_id, actor, action, after) VALUES ('fact', 1, '张三', 'confirm', '{}')`,
  );
});
afterAll(() => t.drop());

describe('audit_log on PostgreSQL', () => {
  test('takes new rows, stamped with the ISO time in UTC as on SQLite', async () => {
    const { rows } = await t.pool.query('SELECT actor, at FROM audit_log');
    expect(rows).toEqual([
      { actor: '张三', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) },
    ]);
    expect(Math.abs(Date.parse(rows[0].at) - Date.now())).toBeLessThan(60_000);
  });

  test.each([
    ['UPDATE', `UPDATE audit_log SET actor = '李四'`],
    ['DELETE', 'DELETE FROM audit_log'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
  ])('refuses %s with the message SQLite gives', async (_, sql) => {
    await expect(t.pool.query(sql)).rejects.toThrow('audit_log is append-only');
    const { rows } = await t.pool.query('SELECT actor FROM audit_log');
    expect(rows).toEqual([{ actor: '张三' }]);
  });
});

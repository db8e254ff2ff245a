import type { ReportFlags } from '@fazhi/catalog';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as schema from '../schema-pg/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/pg.ts';
import { migratePg } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await migratePg(t.pool);
});
afterAll(() => t.drop());

const FLAGS: ReportFlags = [{ type: 'template_text', message: '疑似模板文字', keys: [], start: 0, end: 4 }];
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('the PostgreSQL schema through drizzle', () => {
  test('reads back what SQLite reads back: JSON, booleans, doubles, ISO timestamps', async () => {
    const db = drizzle({ client: t.pool, schema });
    const [unit] = await db.insert(schema.units).values({ name: '城关镇', type: 'town' }).returning();
    if (!unit) throw new Error('no unit');
    expect(unit).toMatchObject({ sample: false, countyId: null, createdAt: expect.stringMatching(ISO) });

    const [report] = await db
      .insert(schema.reports)
      .values({
        unitId: unit.id,
        year: 2024,
        sourceName: '城关镇2024年法治政府建设报告.docx',
        format: 'docx',
        sha256: 'a'.repeat(64),
        text: '全年开展培训12场次。',
        extractorVersion: '1.8.0',
        flags: FLAGS,
      })
      .returning();
    if (!report) throw new Error('no report');
    const [unflagged] = await db
      .insert(schema.reports)
      .values({ ...report, id: undefined, sha256: 'b'.repeat(64), flags: undefined, parts: null })
      .returning();
    expect(unflagged?.flags).toEqual([]);

    const [fact] = await db
      .insert(schema.facts)
      .values({
        reportId: report.id,
        unitId: unit.id,
        key: 'train.sessions',
        year: 2024,
        value: 1234567.891,
        qualifier: 'exact',
        derived: true,
        evidence: '培训12场次',
      })
      .returning();
    const [read] = await db
      .select()
      .from(schema.facts)
      .where(eq(schema.facts.id, fact?.id ?? -1));
    expect(read).toMatchObject({
      value: 1234567.891,
      derived: true,
      status: 'auto',
      updatedAt: expect.stringMatching(ISO),
    });
    const [again] = await db.select().from(schema.reports).where(eq(schema.reports.id, report.id));
    expect(again?.flags).toEqual(FLAGS);
  });

  test('keeps the unique indexes: one report per text, one user per name', async () => {
    await t.pool.query(
      `INSERT INTO users (username, display_name, role, password_hash) VALUES ('admin', '管理员', 'admin', 'x')`,
    );
    await expect(
      t.pool.query(
        `INSERT INTO users (username, display_name, role, password_hash) VALUES ('admin', '又一个', 'viewer', 'y')`,
      ),
    ).rejects.toThrow(/users_username/);
  });

  test('keeps the foreign keys', async () => {
    await expect(
      t.pool.query(`INSERT INTO unit_aliases (unit_id, alias) VALUES (99999, '无')`),
    ).rejects.toThrow(/foreign key/);
  });
});

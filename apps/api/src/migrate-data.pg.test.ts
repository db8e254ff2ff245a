import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@fazhi/db';
import { dumpPostgres, moveInstallation, restorePostgres, TABLES } from '@fazhi/db/pg';
import { createTestDatabase, type TestDatabase } from '@fazhi/db/testing/pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import { signInAs, type TestApp, testApp } from './testing/app.ts';

// The seeded installation (seeds, the sample county, accounts, a correction with its audit entry) moved
// from its SQLite file to a real PostgreSQL server and back into a new SQLite file.
let source: TestApp;
let pg: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'move-'));
const back = path.join(dir, 'back.db');

beforeAll(async () => {
  source = await testApp({ openReading: false });
  pg = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await source.dispose();
  await pg.drop();
  rmSync(dir, { recursive: true, force: true });
});

const COMPARES = [
  '/api/compare?county=示例县&years=2023-2024',
  '/api/compare?county=沈丘县&indicators=dispute.cases,pub.events,recon.received&years=2022-2023',
  '/api/ranking?county=示例县&year=2024&indicator=dispute.rate',
];

describe('pnpm migrate-data', () => {
  test('moves every row to PostgreSQL and back with the same counts, and the dashboard answers the same', async () => {
    const editor = await signInAs(source, 'editor');
    const cell = (
      await source.app.inject({ url: encodeURI(COMPARES[1] ?? ''), headers: editor.headers })
    ).json() as { cells: { factIds: number[]; value: number }[] };
    const factId = cell.cells[0]?.factIds[0];
    const fixed = await source.app.inject({
      method: 'PATCH',
      url: `/api/facts/${factId}`,
      headers: editor.headers,
      payload: { action: 'correct', value: (cell.cells[0]?.value ?? 0) + 3, reason: '台账核实' },
    });
    expect(fixed.statusCode).toBe(200);

    const there = await moveInstallation(`sqlite:${source.store.file}`, pg.url);
    const home = await moveInstallation(pg.url, `sqlite:${back}`);
    expect(there.map((c) => c.table)).toEqual([...TABLES]);
    for (const c of [...there, ...home]) expect(c.to, c.table).toBe(c.from);
    expect(home.map((c) => c.to)).toEqual(there.map((c) => c.from));
    expect(there.find((c) => c.table === 'facts')?.from).toBeGreaterThan(500);
    expect(there.find((c) => c.table === 'audit_log')?.from).toBeGreaterThan(0);

    const store = openStore(back);
    const app = await buildApp({
      store,
      minBase: 5,
      maxFileBytes: 1 << 20,
      openReading: false,
      sessionHours: 12,
    });
    try {
      for (const url of COMPARES) {
        const a = await source.app.inject({ url: encodeURI(url), headers: editor.headers });
        // the editor's session moved too: the same cookie signs in on the moved installation
        const b = await app.inject({ url: encodeURI(url), headers: editor.headers });
        expect(a.statusCode, url).toBe(200);
        expect(b.statusCode, url).toBe(200);
        expect(b.json(), url).toEqual(a.json());
      }
    } finally {
      await app.close();
      await store.close();
    }
  });

  // after the move above: PostgreSQL holds the installation
  test('a pg_dump backup of it restores into a new database with every row, and never into one with tables', async () => {
    const dump = path.join(dir, 'pg.dump');
    const done = await dumpPostgres(pg.url, dump);
    expect(done.reports).toBeGreaterThan(100);
    await expect(dumpPostgres(pg.url, dump)).rejects.toThrow(/已存在，不会覆盖/);
    const fresh = await createTestDatabase();
    try {
      expect(await restorePostgres(dump, fresh.url)).toEqual({ reports: done.reports });
      for (const table of TABLES) {
        const count = async (db: TestDatabase) =>
          Number((await db.pool.query(`select count(*) as n from "${table}"`)).rows[0].n);
        expect(await count(fresh), table).toBe(await count(pg));
      }
      await expect(restorePostgres(dump, fresh.url)).rejects.toThrow(/已有 \d+ 张表，不会覆盖/);
    } finally {
      await fresh.drop();
    }
  });

  test('refuses a target that already holds an installation, naming the table, and changes nothing', async () => {
    await expect(moveInstallation(`sqlite:${source.store.file}`, pg.url)).rejects.toThrow(
      /目标数据库（PostgreSQL .*）的 regions 表已有 \d+ 行，不会覆盖/,
    );
  });

  test('names a server it cannot reach and a database that does not exist, in Chinese', async () => {
    await expect(
      moveInstallation(`sqlite:${source.store.file}`, 'postgres://nobody@127.0.0.1:1/x'),
    ).rejects.toThrow('无法使用 PostgreSQL 数据库 127.0.0.1:1/x：连接被拒绝');
    const missing = new URL(pg.url);
    missing.pathname = '/no_such_database';
    await expect(moveInstallation(`sqlite:${source.store.file}`, missing.toString())).rejects.toThrow(
      /数据库不存在：请先 createdb 建一个空库/,
    );
  });

  test('refuses an address it cannot read, saying how to write one', async () => {
    await expect(moveInstallation('mysql://x', pg.url)).rejects.toThrow(/sqlite:文件路径.*postgres:\/\//);
  });
});

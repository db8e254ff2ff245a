import { INDICATORS } from '@fazhi/catalog';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../client.ts';
import { ensureCounty, listRegions } from '../queries/regions.ts';
import { storeSummary } from '../queries/summary.ts';
import { writeTx } from '../run.ts';
import { createTestDatabase, type TestDatabase } from '../testing/pg.ts';
import { openPgStore } from './store.ts';

let t: TestDatabase;
let store: Store;
let other: Store;
beforeAll(async () => {
  t = await createTestDatabase();
  store = await openPgStore(t.url, { poolSize: 4 });
  // a second process's store over the same database
  other = await openPgStore(t.url, { poolSize: 4 });
});
afterAll(async () => {
  await store.close();
  await other.close();
  await t.drop();
});

const counties = async () => (await listRegions(store.db)).map((r) => r.name).sort();

describe('the store on PostgreSQL', () => {
  test('opens an empty database migrated, with the catalog, and says where it is', async () => {
    expect(store.engine).toBe('postgres');
    expect(store.file).toBe(t.url);
    const { rows } = await t.pool.query('select count(*) as n from indicators');
    expect(Number(rows[0].n)).toBe(INDICATORS.length);
  });

  test('gives counts and the data version as numbers, as SQLite does', async () => {
    const before = await store.version();
    await writeTx(store.db, (tx) => ensureCounty(tx, { county: '甲县' }));
    expect(typeof before).toBe('number');
    expect(await store.version()).toBeGreaterThan(before);
    expect((await storeSummary(store.db)).counties).toBe(1);
  });

  test('a failed write transaction leaves nothing behind', async () => {
    const failing = writeTx(store.db, async (tx) => {
      await ensureCounty(tx, { county: '乙县' });
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(await counties()).toEqual(['甲县']);
  });

  test('write transactions of two processes run one after the other, and a nested call joins its own', async () => {
    const events: string[] = [];
    const write = (s: Store, name: string) =>
      writeTx(s.db, async (tx) => {
        events.push(`${name} begins`);
        await ensureCounty(tx, { county: name });
        await new Promise((r) => setTimeout(r, 50));
        await writeTx(tx, (inner) => ensureCounty(inner, { county: `${name}二` }));
        events.push(`${name} ends`);
      });
    await Promise.all([write(store, '丙县'), write(other, '丁县')]);
    const first = events[0]?.slice(0, 2);
    const second = first === '丙县' ? '丁县' : '丙县';
    expect(events).toEqual([`${first} begins`, `${first} ends`, `${second} begins`, `${second} ends`]);
    expect(await counties()).toEqual(['丁县', '丁县二', '丙县', '丙县二', '甲县'].sort());
  });

  test('a server that cannot be reached is one Chinese line naming it', async () => {
    await expect(openPgStore('postgres://postgres@127.0.0.1:1/none')).rejects.toThrow(
      /无法使用 PostgreSQL 数据库 postgres:\/\/postgres@127\.0\.0\.1:1\/none：连接被拒绝/,
    );
  });

  test('closing twice is harmless', async () => {
    const s = await openPgStore(t.url, { poolSize: 1 });
    await s.close();
    await expect(s.close()).resolves.toBeUndefined();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore, type SqliteStore } from './client.ts';
import { ensureCounty, listRegions } from './queries/regions.ts';
import { afterWrites, writeTx } from './run.ts';

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'run-'));
  store = openStore(path.join(dir, 'app.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const counties = async () => (await listRegions(store.db)).map((r) => r.name);

describe('write transactions on one SQLite connection', () => {
  test('two started together run one after the other, not one inside the other', async () => {
    const events: string[] = [];
    const write = (name: string) =>
      writeTx(store.db, async (tx) => {
        events.push(`${name} begins`);
        await ensureCounty(tx, { county: name });
        await ensureCounty(tx, { county: `${name}二` });
        events.push(`${name} ends`);
      });
    await Promise.all([write('甲县'), write('乙县')]);
    expect(events).toEqual(['甲县 begins', '甲县 ends', '乙县 begins', '乙县 ends']);
    expect((await counties()).sort()).toEqual(['乙县', '乙县二', '甲县', '甲县二'].sort());
  });

  test('a failure rolls back everything the transaction wrote, and the next one still runs', async () => {
    const failing = writeTx(store.db, async (tx) => {
      await ensureCounty(tx, { county: '丙县' });
      throw new Error('refused');
    });
    const next = writeTx(store.db, (tx) => ensureCounty(tx, { county: '丁县' }));
    await expect(failing).rejects.toThrow('refused');
    await next;
    expect(await counties()).toEqual(['丁县']);
    expect(store.sqlite.inTransaction).toBe(false);
  });

  test('a call inside a transaction joins it instead of starting another', async () => {
    await writeTx(store.db, async (tx) => {
      await ensureCounty(tx, { county: '戊县' });
      await writeTx(tx, (inner) => ensureCounty(inner, { county: '己县' }));
    });
    expect((await counties()).sort()).toEqual(['己县', '戊县'].sort());
  });

  test('a read that waits for the open writes sees only what they committed', async () => {
    const rolledBack = writeTx(store.db, async (tx) => {
      await ensureCounty(tx, { county: '庚县' });
      await ensureCounty(tx, { county: '辛县' });
      throw new Error('refused');
    });
    // another request's read, arriving while the transaction is under way (a few turns of the queue later)
    const seen = (async () => {
      for (let turn = 0; turn < 12; turn++) await null;
      await afterWrites(store.db);
      return counties();
    })();
    await expect(rolledBack).rejects.toThrow('refused');
    expect(await seen).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INDICATORS } from '@fazhi/catalog';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore, type SqliteStore } from './client.ts';
import { StoreError } from './errors.ts';
import { ensureCounty } from './queries/regions.ts';
import { confirmFact, correctFact } from './queries/review.ts';
import { addUnitAlias, createUnit, findUnit, unitsWithoutCounty } from './queries/units.ts';

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'db-'));
  store = openStore(path.join(dir, 'app.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening the store', () => {
  test('applies the migrations, turns on WAL and foreign keys, and syncs the catalog', () => {
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const keys = store.sqlite.prepare('select key from indicators order by key').pluck().all();
    expect(keys).toEqual(INDICATORS.map((i) => i.key).sort());
  });

  test('opens an existing file again without migrating twice', async () => {
    await store.close();
    store = openStore(path.join(dir, 'app.db'));
    expect(store.sqlite.prepare('select count(*) from indicators').pluck().get()).toBe(INDICATORS.length);
  });

  test('has indexes for county × year × indicator queries', () => {
    const indexes = store.sqlite.prepare("select name from sqlite_master where type = 'index'").pluck().all();
    expect(indexes).toEqual(
      expect.arrayContaining(['facts_key_year_unit', 'facts_unit_year', 'units_county_name']),
    );
  });
});

describe('places and units', () => {
  test('creates a county once, with its city and province when known', async () => {
    const a = await ensureCounty(store.db, { county: '沈丘县', city: '周口市', province: '河南' });
    const b = await ensureCounty(store.db, { county: '沈丘县' });
    expect(b.id).toBe(a.id);
    expect(store.sqlite.prepare('select level, name from regions order by id').all()).toEqual([
      { level: 'province', name: '河南' },
      { level: 'city', name: '周口市' },
      { level: 'county', name: '沈丘县' },
    ]);
  });

  test('finds a unit by name or alias within its county only, and never mixes sample and real units', async () => {
    const county = await ensureCounty(store.db, { county: '示例县' });
    const other = await ensureCounty(store.db, { county: '沈丘县' });
    const unit = await createUnit(store.db, {
      name: '城关街道',
      type: 'subdistrict',
      countyId: county.id,
      sample: true,
    });
    await addUnitAlias(store.db, unit.id, '城关镇');
    expect((await findUnit(store.db, county.id, '城关镇', true))?.id).toBe(unit.id);
    expect(await findUnit(store.db, other.id, '城关镇', true)).toBeUndefined();
    expect(await findUnit(store.db, county.id, '城关镇', false)).toBeUndefined();
  });

  test('lists units whose county is unknown', async () => {
    await createUnit(store.db, { name: '东关镇', type: 'town', countyId: null });
    expect((await unitsWithoutCounty(store.db)).map((u) => u.name)).toEqual(['东关镇']);
  });
});

describe('decisions on facts', () => {
  test.each([
    ['confirming', () => confirmFact(store.db, 999, { actor: 'a' })],
    ['correcting', () => correctFact(store.db, 999, { value: 1 }, { actor: 'a' })],
  ])('refuses %s a fact that does not exist, with a typed error', async (_name, act) => {
    await expect(act()).rejects.toThrow(StoreError);
    await expect(act()).rejects.toThrow('指标事实 999 不存在');
  });

  test('refuses a correction to a negative number', async () => {
    await expect(correctFact(store.db, 1, { value: -3 }, { actor: 'a' })).rejects.toThrow(
      '更正后的数值必须是非负数',
    );
  });
});

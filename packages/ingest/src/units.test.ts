import path from 'node:path';
import { countyByName, createUnit, ensureCounty, findUnit, type Store, unitById } from '@fazhi/db';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fillDivisionCodes } from './backfill.ts';
import { ingestDocument, ingestFile } from './ingest.ts';
import { ReadPool } from './pool.ts';
import { REPORT, utf8 } from './testing/files.ts';
import { count, fingerprint, type TempStore, tempStore } from './testing/store.ts';

// Units as real divisions: the code stored at ingest, namesakes asked about, and the backfill.
const SEEDS = path.resolve(import.meta.dirname, '../../../data/reports');
const CHENGGUAN = '城关镇人民政府关于2023年度法治政府建设情况的报告\n2023年，城关镇开展普法宣传活动12场。';
const UNNAMED = '2023年，我们深入推进法治建设，全年开展普法宣传活动12场。';

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(() => t.dispose());

const codeOf = async (store: Store, county: string | null, name: string) => {
  const countyId = county === null ? null : ((await countyByName(store.db, county))[0]?.id ?? -1);
  return (await findUnit(store.db, countyId, name))?.divisionCode;
};

describe('storing a unit’s division code at ingest', () => {
  test.each<[string, string, string, string]>([
    ['a town the engine settles', '2023-邢庄镇.txt', '沈丘县', '411624113'],
    ['a department: its county’s code', '2023-沈丘县人民政府办公室.txt', '沈丘县', '411624'],
  ])('stores the engine’s code for %s', async (_what, file, county, code) => {
    const o = await ingestFile(t.store, path.join(SEEDS, file));
    expect(o.status).toBe('ingested');
    expect(await codeOf(t.store, county, o.status === 'rejected' ? '' : o.unit)).toBe(code);
  });

  test.each<[string, { unit: string; county?: string }, string | null, string | null]>([
    [
      'a town a person names, in the county they name',
      { unit: '城关镇', county: '嵩县' },
      '嵩县',
      '410325100',
    ],
    ['a town whose typed name holds its county', { unit: '嵩县城关镇' }, '嵩县', '410325100'],
    ['a department a person names', { unit: '沈丘县司法局' }, '沈丘县', '411624'],
    [
      'a town in a county the gazetteer does not know: no code',
      { unit: '城关镇', county: '云岭县' },
      '云岭县',
      null,
    ],
  ])('resolves %s', async (_what, opts, county, code) => {
    const o = await ingestDocument(t.store, 'named.txt', utf8(UNNAMED), { ...opts, year: 2023 });
    expect(o.status).toBe('ingested');
    expect(await codeOf(t.store, county, o.status === 'rejected' ? '' : o.unit)).toBe(code);
  });

  test('stores no code for a town whose county the gazetteer does not know (no namesake is taken)', async () => {
    await ingestDocument(t.store, 'r.txt', utf8(REPORT));
    expect(await codeOf(t.store, '云岭县', '石桥镇')).toBeNull();
  });

  test('stores no code for sample units, whose places are made up', async () => {
    await ingestDocument(t.store, 'r.txt', utf8(CHENGGUAN), { county: '示例县', sample: true });
    expect(await count(t.store, 'units', 'division_code is not null')).toBe(0);
  });

  test('fills the code of an existing unit that had none, and keeps a different one', async () => {
    const county = await ensureCounty(t.store.db, { county: '沈丘县', city: '周口市', province: '河南' });
    const blank = await createUnit(t.store.db, { name: '邢庄镇', type: 'town', countyId: county.id });
    const set = await createUnit(t.store.db, {
      name: '沈丘县人民政府办公室',
      type: 'county_dept',
      countyId: county.id,
      divisionCode: '411600',
    });
    await ingestFile(t.store, path.join(SEEDS, '2023-邢庄镇.txt'));
    await ingestFile(t.store, path.join(SEEDS, '2023-沈丘县人民政府办公室.txt'));
    expect((await unitById(t.store.db, blank.id))?.divisionCode).toBe('411624113');
    expect((await unitById(t.store.db, set.id))?.divisionCode).toBe('411600');
    expect(await count(t.store, 'units')).toBe(2);
  });
});

describe('asking about a name several counties have', () => {
  test('refuses it with the namesakes’ chains, in words and as data, and writes nothing', async () => {
    await ingestFile(t.store, path.join(SEEDS, '2023-邢庄镇.txt'));
    const before = await fingerprint(t.store);
    const o = await ingestDocument(t.store, 'cg.txt', utf8(CHENGGUAN));
    expect(o).toMatchObject({ status: 'rejected', code: 'ambiguous_unit' });
    if (o.status !== 'rejected') return;
    expect(o.message).toMatch(/^cg\.txt：“城关镇”在 \d+ 个县（区）都有，请指定所属县（区）：.+·城关镇；/);
    expect(o.message).toMatch(/另有 \d+ 处未列出$/);
    expect(o.candidates?.length).toBeGreaterThan(80);
    expect(await fingerprint(t.store)).toBe(before);
  });

  test.each([
    ['the county the caller names', { county: '嵩县' }],
    ['the county in the name the caller types', { unit: '嵩县城关镇' }],
  ])('settles it by %s', async (_what, opts) => {
    expect(await ingestDocument(t.store, 'cg.txt', utf8(CHENGGUAN), opts)).toMatchObject({
      status: 'ingested',
      county: '嵩县',
    });
    expect(await codeOf(t.store, '嵩县', '城关镇')).toBe('410325100');
  });

  test('refuses a name a person types without a county the same way', async () => {
    const o = await ingestDocument(t.store, 'u.txt', utf8(UNNAMED), { unit: '城关镇', year: 2023 });
    expect(o).toMatchObject({ status: 'rejected', code: 'ambiguous_unit' });
    expect(await count(t.store, 'units')).toBe(0);
  });

  test('finds a stored file unchanged however its unit was settled then', async () => {
    await ingestDocument(t.store, 'cg.txt', utf8(CHENGGUAN), { county: '嵩县' });
    expect(await ingestDocument(t.store, 'again.txt', utf8(CHENGGUAN))).toMatchObject({
      status: 'unchanged',
    });
  });

  test('still asks for the unit when the text names none', async () => {
    expect(await ingestDocument(t.store, 'n.txt', utf8(UNNAMED))).toMatchObject({
      status: 'rejected',
      code: 'no_unit',
    });
  });

  test('refuses it the same way through a reading worker, candidates included', async () => {
    const pool = new ReadPool({ workers: 1 });
    try {
      const o = await ingestDocument(t.store, 'cg.txt', utf8(CHENGGUAN), {}, pool);
      expect(o).toMatchObject({ status: 'rejected', code: 'ambiguous_unit' });
      expect(o.status === 'rejected' && o.candidates?.length).toBeGreaterThan(80);
    } finally {
      await pool.close();
    }
  });
});

describe('filling the codes of units stored before codes were kept', () => {
  test('fills units the gazetteer settles in their county, leaves namesakes and unknown places, skips samples', async () => {
    const shenqiu = await ensureCounty(t.store.db, { county: '沈丘县', city: '周口市', province: '河南' });
    const nowhere = await ensureCounty(t.store.db, { county: '云岭县' });
    const made = [
      await createUnit(t.store.db, { name: '邢庄镇', type: 'town', countyId: shenqiu.id }),
      await createUnit(t.store.db, { name: '沈丘县司法局', type: 'county_dept', countyId: shenqiu.id }),
      await createUnit(t.store.db, { name: '城关镇', type: 'town', countyId: null }),
      await createUnit(t.store.db, { name: '石桥镇', type: 'town', countyId: nowhere.id }),
      await createUnit(t.store.db, { name: '邢庄镇', type: 'town', countyId: nowhere.id, sample: true }),
    ];
    expect(await fillDivisionCodes(t.store)).toEqual({ filled: 2, left: 2 });
    const codes = [];
    for (const u of made) codes.push((await unitById(t.store.db, u.id))?.divisionCode ?? null);
    expect(codes).toEqual(['411624113', '411624', null, null, null]);
    const before = await fingerprint(t.store);
    expect(await fillDivisionCodes(t.store)).toEqual({ filled: 0, left: 2 });
    expect(await fingerprint(t.store)).toBe(before);
  });
});

import {
  assignUnitCounty,
  countyByName,
  currentReports,
  findUnit,
  listChanges,
  mergeUnits,
  renameUnit,
  StoreError,
  unitById,
  updateUnitAttributes,
} from '@fazhi/db';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ingestDocument } from './ingest.ts';
import { REPORT, utf8 } from './testing/files.ts';
import { count, fingerprint, type TempStore, tempStore } from './testing/store.ts';

// Units as people tidy them: assign a county, rename, merge duplicates, set attributes, all logged.
// 望山镇: a town no division has, so a report without its county is stored with the county unknown (a
// town several counties have would be refused and asked about instead)
const TOWN = REPORT.replaceAll('石桥镇', '望山镇');
const NO_COUNTY = TOWN.replace('中共云岭县委、云岭县人民政府：', '县委、县政府：')
  .replaceAll('2023', '2022')
  .replace('2024年1月20日', '2023年1月18日');

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(() => t.dispose());

async function twoUnits() {
  await ingestDocument(t.store, '2023-望山镇.txt', utf8(TOWN));
  await ingestDocument(t.store, '2022-望山镇.txt', utf8(NO_COUNTY));
  const county = (await countyByName(t.store.db, '云岭县'))[0];
  const known = await findUnit(t.store.db, county?.id ?? -1, '望山镇');
  const orphan = await findUnit(t.store.db, null, '望山镇');
  if (!county || !known || !orphan) throw new Error('the test reports did not make two units');
  return { county, known, orphan };
}

const unitChanges = async (id: number) =>
  (await listChanges(t.store.db, { entity: 'unit', entityId: id, limit: 50, offset: 0 })).rows.map(
    (r) => r.action,
  );

describe('unit housekeeping', () => {
  test('merges a unit of unknown county into the known one: reports, facts and the log follow', async () => {
    const { known, orphan } = await twoUnits();
    await mergeUnits(t.store.db, known.id, orphan.id, '王管理员', '同一个镇');
    expect(await unitById(t.store.db, orphan.id)).toBeUndefined();
    expect((await currentReports(t.store.db)).map((r) => r.unitId)).toEqual([known.id, known.id]);
    expect(await count(t.store, 'facts', `unit_id = ${orphan.id}`)).toBe(0);
    expect(await unitChanges(known.id)).toEqual(['merge']);
    const [entry] = (await listChanges(t.store.db, { actor: '王管理员', limit: 5, offset: 0 })).rows;
    expect(entry?.reason).toBe('同一个镇');
    expect(JSON.parse(entry?.before ?? '{}').merged.id).toBe(orphan.id);
  });

  test('refuses to merge two units that both have a report for the same year, and changes nothing', async () => {
    const { county, known } = await twoUnits();
    await ingestDocument(
      t.store,
      '2023-望山乡.txt',
      utf8(TOWN.replace('望山镇2023', '望山乡2023').replace('2024年1月20日', '2024年1月21日')),
      {
        unit: '望山乡',
        county: county.name,
      },
    );
    const other = await findUnit(t.store.db, county.id, '望山乡');
    expect(other).toBeDefined();
    const before = await fingerprint(t.store);
    await expect(mergeUnits(t.store.db, known.id, other?.id ?? -1, '王管理员')).rejects.toThrow(
      /2023 年都有报告/,
    );
    expect(await fingerprint(t.store)).toBe(before);
  });

  test('assigning a county to a unit whose name the county already has asks for a merge instead', async () => {
    const { county, orphan } = await twoUnits();
    const before = await fingerprint(t.store);
    await expect(assignUnitCounty(t.store.db, orphan.id, county.id, '张科员')).rejects.toThrow(StoreError);
    await expect(assignUnitCounty(t.store.db, orphan.id, county.id, '张科员')).rejects.toThrow(/请合并/);
    expect(await fingerprint(t.store)).toBe(before);
  });

  test('assigns a county to a unit that has none, logged with before and after', async () => {
    const { county, orphan } = await twoUnits();
    await renameUnit(t.store.db, orphan.id, '望山新区', '王管理员');
    await assignUnitCounty(t.store.db, orphan.id, county.id, '张科员', '报告抬头漏写县名');
    expect((await unitById(t.store.db, orphan.id))?.countyId).toBe(county.id);
    expect(await unitChanges(orphan.id)).toEqual(['assign_county', 'rename']);
  });

  test('renames a unit and still finds it by its old name', async () => {
    const { county, known } = await twoUnits();
    await renameUnit(t.store.db, known.id, '望山街道', '王管理员', '撤镇设街道');
    expect((await findUnit(t.store.db, county.id, '望山街道'))?.id).toBe(known.id);
    expect((await findUnit(t.store.db, county.id, '望山镇'))?.id).toBe(known.id);
  });

  test('sets population and villages, and keeps the old values in the log', async () => {
    const { known } = await twoUnits();
    await updateUnitAttributes(t.store.db, known.id, { population: 42000, villages: 18 }, '王管理员');
    await updateUnitAttributes(t.store.db, known.id, { population: 43000 }, '王管理员');
    expect(await unitById(t.store.db, known.id)).toMatchObject({ population: 43000, villages: 18 });
    const [latest] = (await listChanges(t.store.db, { entity: 'unit', limit: 1, offset: 0 })).rows;
    expect(JSON.parse(latest?.before ?? '{}').population).toBe(42000);
  });
});

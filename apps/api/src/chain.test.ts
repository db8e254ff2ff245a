import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';

// GET /api/units/:id and /api/reports/:id: the unit's place from its stored division code.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

async function unitId(name: string): Promise<number> {
  const { body } = await getJson<{ units: { id: number; name: string }[] }>(t.app, '/api/units');
  return body.units.find((u) => u.name === name)?.id ?? -1;
}

describe('a unit’s place 省·市·县·乡镇', () => {
  type Chain = { code: string; divisions: { code: string; name: string }[]; label: string } | null;
  test.each<[string, string, Chain]>([
    [
      'a town: its division and every one above it',
      '邢庄镇',
      {
        code: '411624113',
        divisions: [
          { code: '41', name: '河南省' },
          { code: '4116', name: '周口市' },
          { code: '411624', name: '沈丘县' },
          { code: '411624113', name: '邢庄镇' },
        ],
        label: '河南省·周口市·沈丘县·邢庄镇',
      },
    ],
    [
      'a department: its county’s chain, then itself',
      '沈丘县人民政府办公室',
      expect.objectContaining({ code: '411624', label: '河南省·周口市·沈丘县 · 沈丘县人民政府办公室' }),
    ],
    ['a unit with no division code: none, nothing made up', '望山镇', null],
  ])('the unit profile and the report view show it for %s', async (_what, name, chain) => {
    const profile = await getJson<{ unit: { chain: Chain }; reports: { id: number }[] }>(
      t.app,
      `/api/units/${await unitId(name)}`,
    );
    expect(profile.status).toBe(200);
    expect(profile.body.unit.chain).toEqual(chain);
    const report = await getJson<{ report: { unit: { chain: Chain } } }>(
      t.app,
      `/api/reports/${profile.body.reports[0]?.id}`,
    );
    expect(report.body.report.unit.chain).toEqual(chain);
  });

  test('shows no chain for sample units, whose places are made up', async () => {
    const { body } = await getJson<{ units: { id: number; sample: boolean }[] }>(t.app, '/api/units');
    const sample = body.units.find((u) => u.sample);
    const profile = await getJson<{ unit: { chain: Chain } }>(t.app, `/api/units/${sample?.id}`);
    expect(profile.body.unit.chain).toBeNull();
  });
});

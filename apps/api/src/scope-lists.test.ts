import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { multipart } from './testing/app.ts';
import { COUNTY_A, COUNTY_B, OUTSIDE, twoCountyApp } from './testing/regions.ts';
import { type Caller, headersOf, type RegionName, signInEveryone } from './testing/scope-callers.ts';

// What a region's accounts see in the lists that name no county, and what they may upload.
let t: Awaited<ReturnType<typeof twoCountyApp>>;
let callers: Caller[];
beforeAll(async () => {
  t = await twoCountyApp();
  callers = await signInEveryone(t);
  // a change on each side, so the change log has something of both counties
  const admin = headersOf(callers, 'whole', 'admin');
  for (const county of [COUNTY_A, COUNTY_B]) {
    const units = (
      await t.app.inject({ url: `/api/units?county=${encodeURIComponent(county)}`, headers: admin })
    ).json() as { units: { id: number }[] };
    for (const u of units.units) {
      const r = await t.app.inject({
        method: 'PATCH',
        url: `/api/units/${u.id}`,
        headers: admin,
        payload: { population: 20000 },
      });
      expect(r.statusCode).toBe(200);
    }
  }
}, 120_000);
afterAll(() => t?.dispose());

const get = async <T>(url: string, region: RegionName, role: 'viewer' | 'editor' | 'admin' = 'editor') => {
  const r = await t.app.inject({ url: encodeURI(url), headers: headersOf(callers, region, role) });
  return { status: r.statusCode, body: r.json() as T, text: r.body };
};

describe('lists that name no county hold only the region’s counties', () => {
  test.each([
    ['the whole installation sees every county', 'whole', [COUNTY_A, COUNTY_B, OUTSIDE]],
    ['a province sees its counties, not another province’s', 'province', [COUNTY_A, COUNTY_B]],
    ['a city sees both its counties', 'city', [COUNTY_A, COUNTY_B]],
    ['county A sees only itself', 'A', [COUNTY_A]],
    ['county B sees only itself', 'B', [COUNTY_B]],
  ] as const)('%s (/api/regions, /api/units, /api/review, /api/audit)', async (_, region, counties) => {
    const regions = await get<{ regions: { name: string; level: string }[] }>('/api/regions', region);
    expect(
      regions.body.regions
        .filter((r) => r.level === 'county')
        .map((r) => r.name)
        .sort(),
    ).toEqual([...counties].sort());
    const units = await get<{ units: { county: string | null }[] }>('/api/units', region);
    expect(new Set(units.body.units.map((u) => u.county))).toEqual(new Set(counties));
    const queue = await get<{ items: { report: { county: { name: string } | null } }[] }>(
      '/api/review',
      region,
    );
    expect(queue.body.items.length).toBeGreaterThan(0);
    for (const item of queue.body.items) expect(counties).toContain(item.report.county?.name);
    const audit = await get<{ entries: { subject: string; entity: string }[] }>(
      '/api/audit?size=200',
      region,
    );
    const unitNames = units.body.units.length;
    expect(audit.body.entries.filter((e) => e.entity === 'unit')).toHaveLength(
      region === 'whole' ? unitNames - 1 : unitNames, // 南郑区's 法镇 was not changed
    );
    const others = [COUNTY_A, COUNTY_B, OUTSIDE].filter((c) => !(counties as readonly string[]).includes(c));
    for (const other of others) expect(audit.text).not.toContain(other.slice(0, 2));
  });

  test('a county sees the province and the city it lies in, to name where it is', async () => {
    const { body } = await get<{ regions: { name: string }[] }>('/api/regions', 'A');
    expect(body.regions.map((r) => r.name).sort()).toEqual(['周口市', '沈丘县', '河南'].sort());
  });

  test('years without a county are those of the region’s counties', async () => {
    expect((await get<{ years: number[] }>('/api/years', 'A')).body.years).toEqual([2023]);
    expect((await get<{ years: number[] }>('/api/years', 'whole')).body.years).toEqual([2022, 2023]);
  });
});

describe('uploads', () => {
  const report = (title: string) =>
    multipart(
      [{ name: '2024-宜路镇.txt', content: `${title}\n2024年，宜路镇认真履行推进法治建设第一责任人职责。` }],
      headersOf(callers, 'A', 'editor'),
    );

  test('an upload that resolves to another county is refused naming it, and nothing is written', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      ...report('郸城县宜路镇2024年度法治政府建设情况报告'),
    });
    expect(r.statusCode).toBe(200);
    const [o] = (r.json() as { outcomes: { status: string; code: string; message: string }[] }).outcomes;
    expect(o).toMatchObject({ status: 'rejected', code: 'outside_region' });
    expect(o?.message).toContain(`无权访问该地区：${COUNTY_B}`);
    const units = await get<{ units: { name: string }[] }>(`/api/units?county=${COUNTY_B}`, 'whole');
    expect(units.body.units.map((u) => u.name)).not.toContain('宜路镇');
  });

  test('naming another county in the upload form is refused before reading', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/reports?county=${encodeURIComponent(COUNTY_B)}`,
      ...report('宜路镇2024年度法治政府建设情况报告'),
    });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toEqual({ error: 'forbidden_region', message: `无权访问该地区：${COUNTY_B}` });
  });
});

describe('settings that hold for every county', () => {
  test('a year’s deadlines are changed only by a whole-installation admin', async () => {
    const put = (region: RegionName) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/deadlines/2023',
        headers: headersOf(callers, region, 'admin'),
        payload: { reportBy: '2024-03-01', publishBy: '2024-04-01' },
      });
    for (const region of ['province', 'city', 'A'] as const) {
      const r = await put(region);
      expect(r.statusCode).toBe(403);
      expect((r.json() as { error: string }).error).toBe('forbidden_region');
    }
    expect((await put('whole')).statusCode).toBe(200);
  });

  test('an admin of a region adds a county only below it', async () => {
    const post = (region: RegionName, body: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/regions',
        headers: headersOf(callers, region, 'admin'),
        payload: body,
      });
    expect((await post('city', { name: '项城市', city: '周口市', province: '河南' })).statusCode).toBe(201);
    const outside = await post('city', { name: '光山县', city: '信阳市', province: '河南' });
    expect(outside.statusCode).toBe(403);
    expect((await post('A', { name: '商水县', city: '周口市', province: '河南' })).statusCode).toBe(403);
    const all = await get<{ regions: { name: string }[] }>('/api/regions', 'whole');
    expect(all.body.regions.map((r) => r.name)).toEqual(expect.arrayContaining(['项城市']));
    expect(all.body.regions.map((r) => r.name)).not.toEqual(expect.arrayContaining(['光山县']));
    expect(all.body.regions.map((r) => r.name)).not.toEqual(expect.arrayContaining(['商水县', '信阳市']));
  });
});

test('reading without signing in (OPEN_READING) still reads every county', async () => {
  const open = await twoCountyApp({ openReading: true });
  try {
    const regions = (await open.app.inject({ url: '/api/regions' })).json() as {
      regions: { name: string }[];
    };
    expect(regions.regions.map((r) => r.name)).toEqual(expect.arrayContaining([COUNTY_A, COUNTY_B, OUTSIDE]));
    const r = await open.app.inject({ url: `/api/compare?county=${encodeURIComponent(COUNTY_B)}` });
    expect(r.statusCode).toBe(200);
  } finally {
    await open.dispose();
  }
}, 60_000);

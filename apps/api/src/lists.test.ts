import { INDICATORS } from '@fazhi/catalog';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

interface Region {
  name: string;
  level: string;
}

describe('reference data', () => {
  test('lists regions: the seed counties, their cities and provinces where stated, and the sample county', async () => {
    const { status, body } = await getJson<{ regions: Region[] }>(t.app, '/api/regions');
    expect(status).toBe(200);
    const counties = body.regions.filter((r) => r.level === 'county').map((r) => r.name);
    expect(counties.sort()).toEqual(['保德县', '南郑区', '沈丘县', '示例县', '阳城县'].sort());
    expect(body.regions).toContainEqual(expect.objectContaining({ name: '汉中市', level: 'city' }));
  });

  test('lists the units of a county', async () => {
    const { body } = await getJson<{ units: { name: string; county: string }[] }>(
      t.app,
      '/api/units?county=沈丘县',
    );
    expect(body.units.map((u) => u.name).sort()).toEqual(['沈丘县人民政府办公室', '邢庄镇'].sort());
  });

  test('lists all units, the one whose county is unknown among them', async () => {
    const { body } = await getJson<{ units: { name: string; county: string | null }[] }>(t.app, '/api/units');
    expect(body.units).toContainEqual(expect.objectContaining({ name: '望山镇', county: null }));
    expect(body.units.filter((u) => u.county === '示例县')).toHaveLength(23);
  });

  test('gives the indicator catalog grouped, every key once', async () => {
    const { body } = await getJson<{ groups: { label: string; indicators: { key: string }[] }[] }>(
      t.app,
      '/api/indicators',
    );
    expect(body.groups.map((g) => g.label)).toContain('矛盾纠纷化解');
    expect(body.groups.flatMap((g) => g.indicators.map((i) => i.key)).sort()).toEqual(
      INDICATORS.map((i) => i.key).sort(),
    );
  });

  test.each([
    ['all counties', '/api/years', [2019, 2020, 2021, 2022, 2023, 2024]],
    ['沈丘县', '/api/years?county=沈丘县', [2023]],
    ['南郑区', '/api/years?county=南郑区', [2022]],
  ])('lists the years with reports for %s', async (_name, url, years) => {
    expect((await getJson<{ years: number[] }>(t.app, url)).body.years).toEqual(years);
  });

  test.each([
    ['an unknown county', '/api/units?county=不存在县', 404, '没有名为“不存在县”的县区'],
    ['an unknown route', '/api/nothing', 404, '没有这个接口'],
    ['an empty county name', '/api/years?county=', 400, '查询参数有误'],
  ])('answers %s with {error, message}', async (_name, url, status, message) => {
    const r = await getJson<{ error: string; message: string }>(t.app, url);
    expect(r.status).toBe(status);
    expect(r.body.message).toContain(message);
    expect(Object.keys(r.body).sort()).toEqual(['error', 'message']);
  });

  test('publishes an OpenAPI document and a docs page', async () => {
    const doc = await getJson<{ openapi: string; paths: Record<string, unknown> }>(t.app, '/docs/json');
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/compare', '/api/ranking', '/api/reports']),
    );
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});

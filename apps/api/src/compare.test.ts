import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir } from '@fazhi/config';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';

interface Cell {
  unitId: number;
  year: number;
  key: string;
  value: number;
  qualifier: string;
  status: string;
  source: string;
  factIds: number[];
  change: { abs: number; pct: number | null } | null;
}
interface Compare {
  units: { id: number; name: string }[];
  years: number[];
  indicators: { key: string }[];
  cells: Cell[];
}
interface Gold {
  unit: string;
  year: number;
  expected?: Record<string, { value: number; qualifier: string }>;
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

const gold: Gold[] = JSON.parse(readFileSync(path.join(fixturesDir(), 'seeds-gold.json'), 'utf8'));

describe('GET /api/units/:id and /api/compare on the seed reports', () => {
  test.each(gold.map((g) => [g.unit, g] as const))(
    'gives %s the unit-year values of the hand-checked gold',
    async (name, g) => {
      const { body: list } = await getJson<{ units: { id: number; name: string }[] }>(t.app, '/api/units');
      const unit = list.units.find((u) => u.name === name);
      const { body } = await getJson<{ cells: Cell[] }>(t.app, `/api/units/${unit?.id}`);
      const values = Object.fromEntries(
        body.cells
          .filter((c) => c.year === g.year)
          .map((c) => [c.key, { value: Math.round(c.value * 100) / 100, qualifier: c.qualifier }]),
      );
      const expected = Object.fromEntries(
        Object.entries(g.expected ?? {}).map(([k, v]) => [k, { value: v.value, qualifier: v.qualifier }]),
      );
      expect(values).toEqual(expected);
    },
  );

  test('compares the units of 沈丘县 in 2023 with the values and the facts behind them', async () => {
    const { status, body } = await getJson<Compare>(
      t.app,
      '/api/compare?county=沈丘县&indicators=dispute.cases,pub.events,recon.received,recon.correction_rate&years=2022-2023',
    );
    expect(status).toBe(200);
    expect(body.years).toEqual([2022, 2023]);
    const xing = body.units.find((u) => u.name === '邢庄镇')?.id;
    const office = body.units.find((u) => u.name === '沈丘县人民政府办公室')?.id;
    const cell = (unit: number | undefined, year: number, key: string) =>
      body.cells.find((c) => c.unitId === unit && c.year === year && c.key === key);
    expect(cell(xing, 2023, 'pub.events')).toMatchObject({
      value: 106,
      qualifier: 'over',
      status: 'auto',
      source: 'report',
    });
    expect(cell(xing, 2023, 'pub.events')?.factIds).toHaveLength(2);
    expect(cell(office, 2023, 'recon.correction_rate')).toMatchObject({ value: 6.35, qualifier: 'derived' });
    // 88件 in 2023 and 相较于去年减少了339件: 427 for 2022, from the later report, and the change
    expect(cell(office, 2022, 'recon.received')).toMatchObject({ value: 427, source: 'later_report' });
    expect(cell(office, 2023, 'recon.received')?.change).toEqual({ abs: -339, pct: -79.4 });
  });

  test('leaves values that are not reported out, never 0', async () => {
    const { body } = await getJson<Compare>(t.app, '/api/compare?county=沈丘县&years=2023');
    const xing = body.units.find((u) => u.name === '邢庄镇')?.id;
    expect(body.cells.find((c) => c.unitId === xing && c.key === 'recon.received')).toBeUndefined();
    expect(body.cells.every((c) => c.value !== 0 || c.factIds.length > 0)).toBe(true);
    // without a year before, there is no change
    expect(body.cells.find((c) => c.unitId === xing && c.key === 'dispute.cases')?.change).toBeNull();
  });

  test('defaults to the four focus groups and every year with reports', async () => {
    const { body } = await getJson<Compare>(t.app, '/api/compare?county=示例县');
    expect(body.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const keys = body.indicators.map((i) => i.key);
    expect(keys).toContain('dispute.rate');
    expect(keys).toContain('recon.correction_rate');
    expect(keys).not.toContain('enforce.inspections');
    expect(body.units).toHaveLength(23);
  });

  test.each([
    ['no county', '/api/compare', 400, 'county'],
    ['malformed years', '/api/compare?county=沈丘县&years=20x3', 400, '年份格式'],
    ['a malformed indicator', '/api/compare?county=沈丘县&indicators=不是指标', 400, '指标键的格式'],
    ['an unknown indicator', '/api/compare?county=沈丘县&indicators=pub.nope', 404, '没有指标“pub.nope”'],
    ['an unknown county', '/api/compare?county=火星县', 404, '没有名为“火星县”的县区'],
  ])('refuses %s', async (_name, url, status, message) => {
    const r = await getJson<{ error: string; message: string }>(t.app, url);
    expect(r.status).toBe(status);
    expect(r.body.message).toContain(message);
  });
});

import { sampleCounty } from '@fazhi/sample';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
const C = encodeURIComponent('示例县');
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

interface Row {
  unit: string;
  reportId: number | null;
  onTime: boolean | null;
  daysLate: number | null;
  published: boolean | null;
  parts: Record<string, string> | null;
  reuse: { previousYear: number | null; peer: { unit: string; share: number } | null } | null;
}
const rowsOf = async (year: number): Promise<Row[]> =>
  (await t.app.inject({ url: `/api/compliance?county=${C}&year=${year}` })).json().rows;

describe('报送与质量 of the sample county', () => {
  test('every unit is listed; one without the year’s report has no figures at all', async () => {
    const rows = await rowsOf(2024);
    expect(rows).toHaveLength(23);
    const missing = rows.filter((r) => r.reportId === null);
    expect(missing.length).toBeGreaterThanOrEqual(0);
    for (const r of missing)
      expect(r).toMatchObject({ onTime: null, published: null, parts: null, reuse: null });
  });

  test('each report carries the date it is signed, as the engine read it from its last line', async () => {
    const truth = sampleCounty().filter((r) => r.year === 2024);
    const rows = (await t.app.inject({ url: `/api/compliance?county=${C}&year=2024` })).json().rows as {
      unit: string;
      signed: string | null;
    }[];
    for (const s of truth) {
      const [, m, d] = /(\d+)月(\d+)日\s*$/.exec(s.text) ?? [];
      expect(rows.find((r) => r.unit === s.unit)?.signed, s.unit).toBe(
        `2025-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`,
      );
    }
  });

  test('late and unpublished reports are those the office recorded', async () => {
    const truth = sampleCounty().filter((r) => r.year === 2024);
    const rows = await rowsOf(2024);
    for (const s of truth) {
      const row = rows.find((r) => r.unit === s.unit);
      expect(row?.onTime, s.unit).toBe(s.receivedOn <= '2025-03-01');
      expect(row?.published, s.unit).toBe(s.published !== null);
    }
  });

  test('a report without 存在的问题 or the leadership part shows that part missing; the measures are there', async () => {
    const truth = sampleCounty().filter((r) => r.year === 2023);
    const rows = await rowsOf(2023);
    for (const s of truth) {
      const parts = rows.find((r) => r.unit === s.unit)?.parts;
      expect(parts?.measures, s.unit).toBe('present');
      expect(parts?.shortcomings === 'missing', s.unit).toBe(!s.text.includes('存在的问题'));
      expect(parts?.leadership === 'missing', s.unit).toBe(!s.text.includes('第一责任人职责情况'));
      expect(parts?.other, s.unit).toBe('missing');
    }
  });

  test('the copies are found: 双桥乡 against its own last year, 龙泉乡 against 马场乡', async () => {
    const rows = await rowsOf(2024);
    const own = rows.find((r) => r.unit === '双桥乡');
    expect(own?.reuse?.previousYear).toBeGreaterThan(0.9);
    const copy = rows.find((r) => r.unit === '龙泉乡');
    expect(copy?.reuse?.peer).toMatchObject({ unit: '马场乡' });
    expect(copy?.reuse?.peer?.share).toBeGreaterThan(0.8);
    // the generator writes towns' reports from varied templates (under 0.25 against their last year); the
    // departments' and streets' templates vary less (up to 0.8), so only towns are held to it
    const towns = rows.filter((r) => /[镇乡]$/.test(r.unit) && r.unit !== '双桥乡' && r.reportId !== null);
    expect(towns.length).toBeGreaterThan(10);
    expect(towns.every((r) => (r.reuse?.previousYear ?? 0) < 0.5)).toBe(true);
  });

  test('a county that does not exist is refused by name', async () => {
    const r = await t.app.inject({ url: `/api/compliance?county=${encodeURIComponent('无此县')}&year=2024` });
    expect(r.statusCode).toBe(404);
  });
});

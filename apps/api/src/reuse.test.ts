import { countyReuse } from '@fazhi/service';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
const C = encodeURIComponent('示例县');
let reportOf: (unit: string, year: number) => number;
let countyId: number;

beforeAll(async () => {
  t = await testApp();
  const units = (await t.app.inject({ url: `/api/units?county=${C}` })).json().units as {
    id: number;
    name: string;
  }[];
  const ids = new Map<string, number>();
  for (const u of units) {
    const p = (await t.app.inject({ url: `/api/units/${u.id}` })).json() as {
      reports: { id: number; year: number }[];
    };
    for (const r of p.reports) ids.set(`${u.name}${r.year}`, r.id);
  }
  reportOf = (unit, year) => ids.get(`${unit}${year}`) ?? -1;
  countyId = (await t.app.inject({ url: `/api/compare?county=${C}` })).json().county.id;
}, 60_000);
afterAll(() => t.dispose());

const reuse = async (id: number, against: number) =>
  (await t.app.inject({ url: `/api/reports/${id}/reuse?against=${against}` })).json();

describe('copied text between reports', () => {
  test('a report copied from the unit’s own last year is found nearly whole, passage by passage', async () => {
    const r = await reuse(reportOf('双桥乡', 2024), reportOf('双桥乡', 2023));
    expect(r.report.share).toBeGreaterThan(0.9);
    expect(r.against.share).toBeGreaterThan(0.9);
    expect(r.report.passages.length).toBeGreaterThan(0);
    for (const p of r.report.passages) expect(p.text.length).toBe(p.end - p.start);
  });

  test('two reports written apart share less than a copy', async () => {
    const apart = await reuse(reportOf('东岭镇', 2024), reportOf('西河镇', 2024));
    const copy = await reuse(reportOf('龙泉乡', 2024), reportOf('马场乡', 2024));
    expect(apart.report.share).toBeLessThan(copy.report.share - 0.2);
  });

  test('the county’s figures name the copy’s source: last year’s own report and the neighbour copied', async () => {
    const figures = await countyReuse(t.store.db, countyId, 2024);
    const own = figures.get(reportOf('双桥乡', 2024));
    expect(own?.previousYear).toEqual({ reportId: reportOf('双桥乡', 2023), share: expect.any(Number) });
    // the figure the view shows is the one the side-by-side comparison shows
    const pair = await reuse(reportOf('双桥乡', 2024), reportOf('双桥乡', 2023));
    expect(own?.previousYear?.share).toBe(pair.report.share);
    expect(own?.previousYear?.share).toBeGreaterThan(0.9);
    const copy = figures.get(reportOf('龙泉乡', 2024));
    expect(copy?.peer).toMatchObject({ unit: '马场乡', reportId: reportOf('马场乡', 2024) });
    // every sentence naming the unit differs, so a renamed copy is not found whole
    expect(copy?.peer?.share).toBeGreaterThan(0.8);
    const apart = figures.get(reportOf('东岭镇', 2024));
    // the sample county's reports are written from shared templates, so even reports written apart share a
    // good part (0.25–0.7 here, the two departments with one reconsideration template 0.86); a copy stands out
    const others = [...figures.entries()]
      .filter(
        ([id]) =>
          id !== reportOf('双桥乡', 2024) &&
          id !== reportOf('龙泉乡', 2024) &&
          id !== reportOf('马场乡', 2024),
      )
      .map(([, f]) => f.peer?.share ?? 0);
    const median = [...others].sort((a, b) => a - b)[others.length >> 1] ?? 1;
    expect(median).toBeLessThan((copy?.peer?.share ?? 0) - 0.2);
    expect(apart?.peer?.share).toBeLessThan(0.75);
  });

  test.each([
    [
      'a report that does not exist',
      () => `/api/reports/999999/reuse?against=${reportOf('东岭镇', 2024)}`,
      404,
      '报告 999999 不存在',
    ],
    [
      'the same report twice',
      () => `/api/reports/${reportOf('东岭镇', 2024)}/reuse?against=${reportOf('东岭镇', 2024)}`,
      400,
      '请选择另一份报告来比较',
    ],
  ])('refuses %s, saying so', async (_name, url, status, message) => {
    const r = await t.app.inject({ url: url() });
    expect(r.statusCode).toBe(status);
    expect(r.json().message).toBe(message);
  });
});

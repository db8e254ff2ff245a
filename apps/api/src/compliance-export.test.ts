import { REPORT_PART_LABEL } from '@fazhi/catalog';
import { sampleCounty } from '@fazhi/sample';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

const URL = `/api/compliance.xlsx?county=${encodeURIComponent('示例县')}&year=2023`;
const HEADER = [
  '单位',
  '报送日期',
  '是否按时',
  '缺少部分',
  '是否公开',
  '公开网址',
  '重复率（%）',
  '重复来源',
];

/** The 通报 read back: its title rows, header, and a row per unit by the unit's name. */
async function readBack(url = URL) {
  const r = await t.app.inject({ method: 'GET', url });
  expect(r.statusCode).toBe(200);
  const sheet = await readSheet(r.rawPayload);
  const header = (sheet[2] ?? []).map(String);
  const rows = sheet.slice(3).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
  return { r, sheet, header, byUnit: new Map(rows.map((row) => [String(row.单位), row])) };
}

describe('the 报送情况通报 download', () => {
  test('is named for the county and year, and titled with the deadlines', async () => {
    const { r, sheet } = await readBack();
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const name = '示例县2023年度法治政府建设报告报送情况通报.xlsx';
    expect(String(r.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(sheet[0]?.[0]).toBe('示例县 2023年度法治政府建设报告报送情况通报');
    expect(String(sheet[1]?.[0])).toMatch(/^报送期限 2024-03-01 · 公开期限 2024-04-01 · 共23个单位：/);
  });

  test('has the 通报 columns and one row per unit, a unit without a report reading 未报送', async () => {
    const { header, byUnit } = await readBack();
    expect(header).toEqual(HEADER);
    const compliance = (
      await t.app.inject({ url: `/api/compliance?county=${encodeURIComponent('示例县')}&year=2023` })
    ).json<{ rows: { unit: string; reportId: number | null }[] }>();
    expect([...byUnit.keys()].sort()).toEqual(compliance.rows.map((r) => r.unit).sort());
    const none = compliance.rows.filter((x) => x.reportId === null);
    expect(none.length).toBeGreaterThan(0);
    for (const r of none)
      expect(byUnit.get(r.unit)).toMatchObject({ 是否按时: '未报送', 报送日期: null, 缺少部分: null });
  });

  test('says 按时 or 迟交N天 by the recorded day, and 已公开 or 未公开', async () => {
    const { byUnit } = await readBack();
    const truth = sampleCounty().filter((s) => s.year === 2023);
    expect(truth.some((s) => s.receivedOn > '2024-03-01')).toBe(true);
    for (const s of truth) {
      const row = byUnit.get(s.unit);
      const late = Math.round((Date.parse(s.receivedOn) - Date.parse('2024-03-01')) / 86_400_000);
      expect(row?.报送日期, s.unit).toBe(s.receivedOn);
      expect(row?.是否按时, s.unit).toBe(late > 0 ? `迟交${late}天` : '按时');
      expect(row?.是否公开, s.unit).toBe(s.published ? '已公开' : '未公开');
    }
  });

  test('lists the parts a report lacks: 存在的不足和原因 where it has no 存在的问题', async () => {
    const { byUnit } = await readBack();
    const truth = sampleCounty().filter((s) => s.year === 2023);
    const without = truth.filter((s) => !s.text.includes('存在的问题'));
    expect(without.length).toBeGreaterThan(0);
    for (const s of truth) {
      const missing = String(byUnit.get(s.unit)?.缺少部分).split('、');
      expect(missing.includes(REPORT_PART_LABEL.shortcomings), s.unit).toBe(without.includes(s));
      // 其他需要报告的情况 is written only when there is something else to report: never listed as lacking
      expect(missing, s.unit).not.toContain(REPORT_PART_LABEL.other);
    }
  });

  test('gives the higher reuse share in per cent with its source; the copied report reads 与上年报告', async () => {
    const { byUnit } = await readBack(URL.replace('2023', '2024'));
    const own = byUnit.get('双桥乡');
    expect(own?.['重复率（%）']).toBeGreaterThan(90);
    expect(own?.重复来源).toBe('与上年报告');
    expect(byUnit.get('龙泉乡')?.重复来源).toBe('马场乡');
  });

  test('serves the same rows as UTF-8 CSV with a BOM', async () => {
    const r = await t.app.inject({ method: 'GET', url: URL.replace('.xlsx', '.csv') });
    expect(r.statusCode).toBe(200);
    expect([...r.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.body.split(/\r?\n/)[0]?.replace(/^\uFEFF/, '')).toBe(HEADER.join(','));
  });
});

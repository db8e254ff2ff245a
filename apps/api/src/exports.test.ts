import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

const download = (url: string) => t.app.inject({ method: 'GET', url: encodeURI(url) });
const RANKING = '/api/ranking.xlsx?county=示例县&indicator=pub.materials&year=2023';

describe('exports', () => {
  test('serves the ranking as .xlsx with a Chinese file name (RFC 5987)', async () => {
    const r = await download(RANKING);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(r.headers['content-disposition']);
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('示例县2023年发放宣传资料份数排名.xlsx')}`,
    );
  });

  test('writes a title row, an as-of row, a frozen header and numbers as numbers, with 余/近 apart', async () => {
    const r = await download(RANKING);
    const rows = await readSheet(r.rawPayload);
    expect(rows[0]?.[0]).toBe('示例县 2023年 发放宣传资料份数排名（乡镇、街道）');
    expect(String(rows[1]?.[0])).toMatch(/^数据截至 \d{4}-\d{2}-\d{2} · 已审核 0% · 含示例数据/);
    expect(rows[2]).toEqual(
      expect.arrayContaining(['排名', '单位', '数值（份）', '约数标记', '上年数值（份）', '审核状态']),
    );

    const { body } = await getJson<{
      rows: {
        unit: { name: string };
        rank: number | null;
        value: number | null;
        qualifier: string | null;
        state: 'value' | 'not_mentioned' | 'no_report';
      }[];
    }>(t.app, '/api/ranking?county=示例县&indicator=pub.materials&year=2023');
    const header = rows[2] ?? [];
    const col = (name: string) => header.indexOf(name);
    const data = rows.slice(3);
    expect(data).toHaveLength(body.rows.length);
    const word = { not_mentioned: '未提及', no_report: '未报送' };
    for (const [i, row] of body.rows.entries()) {
      const line = data[i] ?? [];
      expect(line[col('单位')]).toBe(row.unit.name);
      expect(line[col('数值（份）')]).toBe(row.state === 'value' ? row.value : word[row.state]);
      expect(line[col('约数标记')] ?? null).toBe(
        row.qualifier === 'over'
          ? '余'
          : row.qualifier === 'near'
            ? '近'
            : row.qualifier === 'about'
              ? '约'
              : null,
      );
    }
    expect(typeof data[0]?.[col('数值（份）')]).toBe('number');

    const sheet = strFromU8(
      unzipSync(new Uint8Array(r.rawPayload))['xl/worksheets/sheet1.xml'] ?? new Uint8Array(),
    );
    expect(sheet).toMatch(/<pane[^>]*ySplit="3"[^>]*state="frozen"/);
  });

  test('writes 未提及 in the value column of a unit whose report leaves the figure out, never 0', async () => {
    const r = await download('/api/ranking.xlsx?county=示例县&indicator=train.exam_pass_rate&year=2023');
    const rows = await readSheet(r.rawPayload);
    const header = rows[2] ?? [];
    const values = rows.slice(3).map((row) => row[header.indexOf('数值（%）')]);
    expect(values.filter((v) => v === '未提及').length).toBeGreaterThan(0);
    expect(values.every((v) => v === '未提及' || v === '未报送' || (typeof v === 'number' && v > 0))).toBe(
      true,
    );
  });

  test('serves the ranking as .csv in UTF-8 with a BOM and no sep= line', async () => {
    const r = await download(RANKING.replace('.xlsx', '.csv'));
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = r.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]?.startsWith('排名,并列,单位')).toBe(true);
    expect(lines.some((l) => l.startsWith('sep='))).toBe(false);
    const { body } = await getJson<{ rows: unknown[] }>(
      t.app,
      '/api/ranking?county=示例县&indicator=pub.materials&year=2023',
    );
    expect(lines).toHaveLength(body.rows.length + 1);
  });

  test('exports the comparison as .xlsx and .csv, a row per unit, year and indicator', async () => {
    const xlsx = await download(
      '/api/compare.xlsx?county=沈丘县&indicators=dispute.cases,pub.events&years=2023',
    );
    const rows = await readSheet(xlsx.rawPayload);
    expect(rows[0]?.[0]).toBe('沈丘县 2023年 各单位指标对比');
    const data = rows.slice(3);
    expect(data).toHaveLength(2 * 2);
    expect(data).toContainEqual(expect.arrayContaining(['邢庄镇', 2023, '普法宣传活动次数', 106, '余']));
    expect(data).toContainEqual(
      expect.arrayContaining(['沈丘县人民政府办公室', '普法宣传活动次数', '未提及']),
    );
    const csv = await download('/api/compare.csv?county=沈丘县&indicators=dispute.cases&years=2023');
    expect(csv.rawPayload.subarray(3).toString('utf8')).toContain(
      '邢庄镇,镇,2023,排查调处矛盾纠纷件数,件,50',
    );
  });

  test('refuses an export with bad parameters like the JSON route', async () => {
    const r = await download('/api/ranking.xlsx?county=示例县&indicator=pub.nope&year=2023');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ error: 'unknown_indicator' });
  });
});

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
      `filename*=UTF-8''${encodeURIComponent('示例县2023年发放宣传资料份数排名（乡镇街道）.xlsx')}`,
    );
  });

  const fileName = async (url: string) => {
    const r = await download(url);
    expect(r.statusCode, url).toBe(200);
    const name = /filename\*=UTF-8''(.+)$/.exec(String(r.headers['content-disposition']))?.[1] ?? '';
    return decodeURIComponent(name);
  };

  test.each([
    ['the towns', `${RANKING}&group=towns`, '示例县2023年发放宣传资料份数排名（乡镇街道）.xlsx'],
    ['all units', `${RANKING}&group=all`, '示例县2023年发放宣传资料份数排名（全部单位）.xlsx'],
    ['departments', `${RANKING}&group=departments`, '示例县2023年发放宣传资料份数排名（县直部门）.xlsx'],
    [
      'per 10,000 residents',
      `${RANKING.replace('.xlsx', '.csv')}&per10k=true`,
      '示例县2023年发放宣传资料份数排名（乡镇街道，每万人）.csv',
    ],
    [
      'a comparison of one indicator, towns',
      '/api/compare.xlsx?county=示例县&indicators=pub.events&year=2024&group=towns',
      '示例县2024年较2023年普法宣传活动次数对比（乡镇街道）.xlsx',
    ],
    [
      'a comparison of two indicators, all units, against 2023 by default',
      '/api/compare.csv?county=示例县&indicators=pub.events,dispute.cases&year=2024',
      '示例县2024年较2023年2项指标对比（全部单位）.csv',
    ],
  ])('names the download of %s by county, year, indicator and unit group', async (_name, url, name) => {
    expect(await fileName(url)).toBe(name);
  });

  test.each([
    ['a rate', 'dispute.rate', ['较上年增减（百分点）'], ['较上年增减（%）', '较上年增减幅度（%）']],
    ['a count', 'dispute.cases', ['较上年增减（件）', '较上年增减幅度（%）'], ['较上年增减（%）']],
  ])('heads the ranking of %s change in points apart from per cent', async (_n, key, has, hasNot) => {
    const r = await download(`/api/ranking.xlsx?county=示例县&indicator=${key}&year=2024`);
    const header = (await readSheet(r.rawPayload))[2] ?? [];
    expect(header).toEqual(expect.arrayContaining(has));
    for (const h of hasNot) expect(header).not.toContain(h);
    expect(new Set(header).size).toBe(header.length);
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

  test('exports the comparison as a row per unit, then the long form (unit × year × indicator) on a second sheet', async () => {
    const url = '/api/compare.xlsx?county=沈丘县&indicators=dispute.cases,pub.events&years=2023';
    const xlsx = await download(url);
    const wide = await readSheet(xlsx.rawPayload, 1);
    expect(wide[0]?.[0]).toBe('沈丘县 2023年较2022年 各单位指标对比（全部单位）');
    expect(wide[2]).toEqual([
      null,
      null,
      '排查调处矛盾纠纷件数（件）',
      null,
      null,
      null,
      '普法宣传活动次数（次）',
      null,
      null,
      null,
      null,
    ]);
    expect(wide[3]).toEqual([
      '单位',
      '类型',
      ...Array(2).fill(['本年', '上年', '增减', '增减幅度（%）']).flat(),
      '备注',
    ]);
    const byUnit = new Map(wide.slice(4).map((r) => [r[0], r]));
    expect([...byUnit.keys()].sort()).toEqual(['沈丘县人民政府办公室', '邢庄镇'].sort());
    expect(byUnit.get('邢庄镇')?.slice(0, 4)).toEqual(['邢庄镇', '镇', 50, '未报送']);
    expect(byUnit.get('沈丘县人民政府办公室')?.slice(6, 8)).toEqual(['未提及', '未报送']);

    const long = await readSheet(xlsx.rawPayload, 2);
    expect(long[0]?.[0]).toBe('沈丘县 2022—2023年 各单位指标明细');
    // 2022, the base year read beside the years asked, has no reports: one line says so
    expect(long[3]?.[0]).toBe('2022 年度尚未收到任何报告');
    const data = long.slice(4);
    expect(data).toHaveLength(2 * 2);
    expect(data).toContainEqual(expect.arrayContaining(['邢庄镇', 2023, '普法宣传活动次数', 106, '余']));
    expect(data).toContainEqual(
      expect.arrayContaining(['沈丘县人民政府办公室', '普法宣传活动次数', '未提及']),
    );
    const csv = await download(url.replace('.xlsx', '.csv'));
    expect(csv.rawPayload.subarray(3).toString('utf8')).toContain(
      '单位,类型,排查调处矛盾纠纷件数（件）本年,排查调处矛盾纠纷件数（件）上年,',
    );
    expect(csv.rawPayload.subarray(3).toString('utf8')).toContain('\n邢庄镇,镇,50,未报送,,,106,');
  });

  test('refuses an export with bad parameters like the JSON route', async () => {
    const r = await download('/api/ranking.xlsx?county=示例县&indicator=pub.nope&year=2023');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ error: 'unknown_indicator' });
  });
});

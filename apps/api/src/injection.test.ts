import { renameUnit } from '@fazhi/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, multipart, signInAs, type TestApp, testApp } from './testing/app.ts';

// Unit names reach CSV files and chart labels: text that a spreadsheet runs, or markup, must not pass.
let t: TestApp;
let admin: Credentials;
beforeAll(async () => {
  t = await testApp({ openReading: false });
  admin = await signInAs(t, 'admin');
}, 60_000);
afterAll(() => t.dispose());

const upload = (name: string, text: string, query = '') =>
  t.app.inject({
    method: 'POST',
    url: `/api/reports${query}`,
    ...multipart([{ name, content: text }], admin.headers),
  });
const BODY = '\n全年开展普法宣传活动12次，调处矛盾纠纷8件。\n2024年1月10日';

describe('unit names from report text', () => {
  test.each([
    ['a formula', '=1+2镇2023年度法治政府建设情况报告'],
    ['an at-sign call', '@SUM(A1)镇2023年度法治政府建设情况报告'],
    ['markup', '<img src=x onerror=alert(1)>镇2023年度法治政府建设情况报告'],
  ])('a title that names the unit with %s names no unit: the file asks for one', async (_, title) => {
    const r = await upload('报告.txt', title + BODY);
    expect(r.statusCode).toBe(200);
    expect(r.json().outcomes[0]).toMatchObject({ status: 'rejected', code: 'no_unit' });
    expect(r.json().outcomes[0].message).toContain('请在导入时指定单位');
  });

  test('a list mark before the name is dropped, the name kept', async () => {
    const r = await upload('花园镇.txt', `-花园镇2023年度法治政府建设情况报告${BODY}`, '?county=云岭县');
    expect(r.json().outcomes[0]).toMatchObject({ status: 'ingested', unit: '花园镇' });
  });
});

describe('unit names people type', () => {
  test.each([['=1+2镇'], ['+花园镇'], ['@花园镇'], ['<b>花园镇</b>']])(
    'refuses %j as a unit name, saying what a name is',
    async (name) => {
      const units = await t.app.inject({
        url: encodeURI('/api/units?county=示例县'),
        headers: admin.headers,
      });
      const id = (units.json() as { units: { id: number }[] }).units[0]?.id;
      const r = await t.app.inject({
        method: 'PATCH',
        url: `/api/units/${id}`,
        headers: admin.headers,
        payload: { name },
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().message).toContain('单位名称应由汉字组成');
      const up = await upload(
        'x.txt',
        `2023年度法治政府建设情况报告${BODY}`,
        `?unit=${encodeURIComponent(name)}`,
      );
      expect(up.statusCode).toBe(400);
    },
  );
});

describe('CSV exports', () => {
  test('a stored unit name that a spreadsheet would run is written as text', async () => {
    const units = await t.app.inject({ url: encodeURI('/api/units?county=示例县'), headers: admin.headers });
    const town = (units.json() as { units: { id: number; type: string }[] }).units.find(
      (u) => u.type === 'town',
    );
    // a name stored before names were checked
    await renameUnit(t.store.db, town?.id ?? -1, '=HYPERLINK("http://evil.example","点此")', '测试');
    const r = await t.app.inject({
      url: encodeURI('/api/ranking.csv?county=示例县&indicator=pub.events&year=2023&group=all'),
      headers: admin.headers,
    });
    expect(r.statusCode).toBe(200);
    const lines = r.body.split('\r\n');
    const line = lines.find((l) => l.includes('HYPERLINK'));
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""点此"")"`);
    expect(lines.some((l) => /(^|,)=/.test(l))).toBe(false);
  });
});

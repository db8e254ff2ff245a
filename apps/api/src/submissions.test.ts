import { beijingDay } from '@fazhi/service';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, multipart, signInAs, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
let editor: Credentials;
let admin: Credentials;
const COUNTY = encodeURIComponent('云岭县');
const report = (n: number) =>
  `石桥镇2023年度法治政府建设情况报告\n2023年，石桥镇开展普法宣传活动${n}场，发放宣传资料3000余份。`;

beforeAll(async () => {
  t = await testApp();
  editor = await signInAs(t, 'editor');
  admin = await signInAs(t, 'admin');
  await upload('v1.txt', report(22));
  await upload('other.txt', '青山乡2022年度法治政府建设情况报告\n2022年，青山乡开展普法宣传活动5场。');
}, 60_000);
afterAll(() => t.dispose());

function upload(name: string, content: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/reports?county=${COUNTY}`,
    ...multipart([{ name, content }], editor.headers),
  });
}
const put = (url: string, payload: object, who = editor) =>
  t.app.inject({ method: 'PUT', url, headers: who.headers, payload });
const get = async (url: string) => (await t.app.inject({ url, headers: editor.headers })).json();

interface Row {
  unit: { id: number; name: string };
  reportId: number | null;
  received: string | null;
  receivedSet: boolean;
  onTime: boolean | null;
  daysLate: number | null;
  publishedUrl: string | null;
  publishedCheckedOn: string | null;
}
const rowOf = async (name: string): Promise<Row> => {
  const s = await get(`/api/submissions?county=${COUNTY}&year=2023`);
  return s.rows.find((r: Row) => r.unit.name === name);
};

describe('报送日期, deadlines and publication', () => {
  test('a report is received the day it was uploaded (Beijing time) unless an editor says otherwise', async () => {
    const row = await rowOf('石桥镇');
    const today = beijingDay(new Date().toISOString());
    expect(row).toMatchObject({ received: today, receivedSet: false, onTime: false, publishedUrl: null });
    expect(row.daysLate).toBe(Math.round((Date.parse(today) - Date.parse('2024-03-01')) / 86_400_000));
  });

  test('a unit without the year’s report is listed as not received', async () => {
    expect(await rowOf('青山乡')).toMatchObject({
      reportId: null,
      received: null,
      onTime: null,
      daysLate: null,
    });
  });

  test('the deadlines are 1 March and 1 April of the next year until an administrator sets them', async () => {
    expect(await get('/api/deadlines/2023')).toEqual({
      year: 2023,
      reportBy: '2024-03-01',
      publishBy: '2024-04-01',
      custom: false,
    });
  });

  test.each([
    ['the deadline day itself is on time', '2024-03-01', true, 0],
    ['the day after is one day late', '2024-03-02', false, 1],
    ['a week before is on time', '2024-02-23', true, 0],
    ['over a leap day counts the 29th', '2024-02-28', true, 0],
  ])('%s', async (_name, day, onTime, daysLate) => {
    const unitId = (await rowOf('石桥镇')).unit.id;
    const r = await put(`/api/submissions/${unitId}/2023`, { receivedOn: day, reason: '纸质来文日期' });
    expect(r.statusCode).toBe(200);
    expect(await rowOf('石桥镇')).toMatchObject({ received: day, receivedSet: true, onTime, daysLate });
  });

  test('a corrected version of the report keeps the recorded date and publication', async () => {
    const unitId = (await rowOf('石桥镇')).unit.id;
    await put(`/api/submissions/${unitId}/2023`, {
      receivedOn: '2024-02-20',
      publishedUrl: 'https://www.example.gov.cn/fzzf/2024/shiqiao.html',
      publishedCheckedOn: '2024-03-25',
    });
    const before = await rowOf('石桥镇');
    expect((await upload('v2.txt', report(23))).json().outcomes[0]).toMatchObject({ status: 'replaced' });
    const after = await rowOf('石桥镇');
    expect(after.reportId).not.toBe(before.reportId);
    expect(after).toMatchObject({
      received: '2024-02-20',
      onTime: true,
      publishedUrl: 'https://www.example.gov.cn/fzzf/2024/shiqiao.html',
      publishedCheckedOn: '2024-03-25',
    });
  });

  test('every change is in the audit log with what it was before', async () => {
    const unitId = (await rowOf('石桥镇')).unit.id;
    await put(`/api/submissions/${unitId}/2023`, { receivedOn: '2024-03-05', reason: '以收文登记为准' });
    const log = await get('/api/audit?entity=submission');
    expect(log.entries[0]).toMatchObject({
      entity: 'submission',
      subject: '石桥镇 2023年报告的报送情况',
      reason: '以收文登记为准',
      before: expect.objectContaining({ receivedOn: '2024-02-20' }),
      after: expect.objectContaining({ receivedOn: '2024-03-05' }),
    });
  });

  test('an administrator’s deadline decides who is late', async () => {
    const unitId = (await rowOf('石桥镇')).unit.id;
    await put(`/api/submissions/${unitId}/2023`, { receivedOn: '2024-03-10' });
    expect(await rowOf('石桥镇')).toMatchObject({ onTime: false, daysLate: 9 });
    const r = await put('/api/deadlines/2023', { reportBy: '2024-03-15', publishBy: '2024-04-15' }, admin);
    expect(r.json()).toEqual({ year: 2023, reportBy: '2024-03-15', publishBy: '2024-04-15', custom: true });
    expect(await rowOf('石桥镇')).toMatchObject({ onTime: true, daysLate: 0 });
  });

  test.each([
    ['a day that does not exist', { receivedOn: '2024-02-30' }, 400, '没有这一天'],
    ['a date in another form', { receivedOn: '2024/3/1' }, 400, '日期格式应为 YYYY-MM-DD'],
    ['an address that is not one', { publishedUrl: '政府网站' }, 400, '公开网址应为完整网址'],
    ['nothing to change', { reason: '无' }, 400, '没有要修改的内容'],
  ])('refuses %s, saying what is wrong', async (_name, body, status, message) => {
    const unitId = (await rowOf('石桥镇')).unit.id;
    const r = await put(`/api/submissions/${unitId}/2023`, body);
    expect(r.statusCode).toBe(status);
    expect(r.json().message).toContain(message);
  });

  test('refuses a date for a unit-year without a report, by name', async () => {
    const unitId = (await rowOf('青山乡')).unit.id;
    const r = await put(`/api/submissions/${unitId}/2023`, { receivedOn: '2024-02-01' });
    expect(r.statusCode).toBe(404);
    expect(r.json().message).toBe(`单位 ${unitId} 没有 2023 年度的报告，无法记录报送情况`);
  });

  test('refuses a publication deadline before the reporting one', async () => {
    const r = await put('/api/deadlines/2023', { reportBy: '2024-03-15', publishBy: '2024-03-01' }, admin);
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toBe('公开期限不能早于报送期限');
  });

  test('the sample county shows reports on time, late, not received and unpublished', async () => {
    const s = await get(`/api/submissions?county=${encodeURIComponent('示例县')}&year=2023`);
    const rows = s.rows as Row[];
    expect(rows.filter((r) => r.onTime === true).length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.onTime === false).every((r) => (r.daysLate ?? 0) > 0)).toBe(true);
    expect(rows.filter((r) => r.onTime === false).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.reportId === null).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.reportId !== null && r.publishedUrl === null).length).toBeGreaterThan(0);
    expect(rows.every((r) => r.reportId === null || r.receivedSet)).toBe(true);
  });
});

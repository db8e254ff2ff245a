import type { Fact, Ranking, ReportDetail, ReviewQueue, Unread } from '@fazhi/contract';
import { reextractAll } from '@fazhi/ingest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, multipart, signInAs, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
let editor: Credentials;
beforeAll(async () => {
  t = await testApp({ openReading: false });
  editor = await signInAs(t, 'editor');
}, 60_000);
afterAll(() => t.dispose());

const get = async <T>(url: string) => {
  const r = await t.app.inject({ url: encodeURI(url), headers: editor.headers });
  if (r.statusCode !== 200) throw new Error(`${url} → ${r.statusCode} ${r.body}`);
  return r.json() as T;
};
const upload = async (name: string, text: string) =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      ...multipart([{ name, content: text }], editor.headers),
    })
  ).json().outcomes[0] as { status: string; reportId: number };
const addAsFact = (u: Unread, key: string, year: number) =>
  t.app.inject({
    method: 'POST',
    url: '/api/facts',
    headers: editor.headers,
    payload: {
      reportId: u.reportId,
      key,
      year,
      value: u.value,
      qualifier: u.qualifier,
      evidence: u.evidence,
      spanStart: u.spanStart,
      spanEnd: u.spanEnd,
    },
  });

// written for this test: two figures no rule reads (投诉举报, 简报) beside one it does (普法宣传活动)
const reportOf = (town: string) =>
  `${town}2023年度法治政府建设情况报告\n中共云岭县委：\n全年开展普法宣传活动22场，受理群众投诉举报41起，编印法治工作简报9期。\n${town}人民政府\n2024年1月20日`;

/** A new town's report, uploaded through the API; each test has its own town. */
async function ingested(town: string) {
  const up = await upload(`${town}.txt`, reportOf(town));
  expect(up.status).toBe('ingested');
  return get<ReportDetail>(`/api/reports/${up.reportId}`);
}

const penaltiesOf = async (town: string) =>
  (
    await get<Ranking>('/api/ranking?county=云岭县&indicator=enforce.penalties&year=2023&group=towns')
  ).rows.find((r) => r.unit.name === town);

/** Adds the town's 41起 as a fact of enforce.penalties, as the review view does. */
async function addComplaints(report: ReportDetail) {
  const complaints = report.unread.find((u) => u.measure === '起');
  if (!complaints) throw new Error('no 41起');
  const r = await addAsFact(complaints, 'enforce.penalties', 2023);
  expect(r.statusCode).toBe(201);
  return { complaints, fact: r.json<Fact>() };
}

describe('unread figures (未识别的数字)', () => {
  test('the report detail gives the figures no rule read, with spans into the stored text', async () => {
    const report = await ingested('青石镇');
    expect(report.unread.map((u) => [u.value, u.qualifier, u.measure, u.evidence])).toEqual([
      [41, 'exact', '起', '受理群众投诉举报41起'],
      [9, 'exact', '期', '编印法治工作简报9期'],
    ]);
    for (const u of report.unread) {
      expect(report.report.text.slice(u.spanStart, u.spanEnd)).toBe(u.evidence);
      expect(report.report.text.slice(u.figureStart, u.figureEnd)).toBe(`${u.value}${u.measure}`);
    }
    // none of them is a fact, so none counts
    expect(report.facts.map((f) => [f.key, f.value])).toEqual([['pub.events', 22]]);
    expect((await penaltiesOf('青石镇'))?.state).toBe('not_mentioned');
  });

  test('the review queue offers them apart from the facts, narrowed by county, unit and year', async () => {
    const report = await ingested('白沙镇');
    const unitId = report.report.unit.id;
    const all = await get<ReviewQueue>('/api/review?county=云岭县&limit=200');
    const ours = all.unread.items.filter((i) => i.report.id === report.report.id);
    expect(ours.map((i) => i.figure.id)).toEqual(report.unread.map((u) => u.id));
    expect(ours.every((i) => i.report.unit.name === '白沙镇' && i.report.county?.name === '云岭县')).toBe(
      true,
    );
    expect((await get<ReviewQueue>(`/api/review?county=云岭县&unit=${unitId}`)).unread.total).toBe(2);
    expect((await get<ReviewQueue>(`/api/review?unit=${unitId}&year=2022`)).unread.total).toBe(0);
    expect((await get<ReviewQueue>(`/api/review?unit=${unitId}&year=2023`)).unread.total).toBe(2);
    // they have no indicator, so an indicator filter holds none of them
    expect((await get<ReviewQueue>(`/api/review?unit=${unitId}&indicator=pub.events`)).unread).toEqual({
      total: 0,
      items: [],
    });
    const sample = await get<ReviewQueue>('/api/review?county=示例县&limit=200');
    expect(sample.unread.items.some((i) => i.report.id === report.report.id)).toBe(false);
  });

  test('added as a fact through POST /api/facts, a figure counts and is no longer offered', async () => {
    const report = await ingested('红岩镇');
    const { complaints, fact } = await addComplaints(report);
    expect(fact).toMatchObject({ status: 'added', value: 41, evidence: complaints.evidence });
    expect(await penaltiesOf('红岩镇')).toMatchObject({ state: 'value', value: 41 });
    const after = await get<ReportDetail>(`/api/reports/${report.report.id}`);
    expect(after.unread.map((u) => u.value)).toEqual([9]);
    const queue = await get<ReviewQueue>(`/api/review?unit=${report.report.unit.id}`);
    expect(queue.unread.items.map((i) => i.figure.value)).toEqual([9]);
  });

  test('a re-extraction replaces them: the added figure stays a fact, the other is offered once', async () => {
    const report = await ingested('绿水镇');
    await addComplaints(report);
    const before = (await get<ReportDetail>(`/api/reports/${report.report.id}`)).unread;
    await reextractAll(t.store);
    const after = await get<ReportDetail>(`/api/reports/${report.report.id}`);
    expect(after.unread.map((u) => u.value)).toEqual([9]);
    // new rows, not the old ones kept beside them
    expect(after.unread[0]?.id).not.toBe(before[0]?.id);
    expect(after.facts.filter((f) => f.status === 'added').map((f) => f.value)).toEqual([41]);
    expect(await penaltiesOf('绿水镇')).toMatchObject({ state: 'value', value: 41 });
  });

  test('a new version has its own; the added figure is carried over and is still not offered', async () => {
    const report = await ingested('金沙镇');
    await addComplaints(report);
    const up = await upload('金沙镇-v2.txt', reportOf('金沙镇').replace('简报9期', '简报11期'));
    expect(up.status).toBe('replaced');
    const v2 = await get<ReportDetail>(`/api/reports/${up.reportId}`);
    expect(v2.unread.map((u) => [u.value, u.reportId])).toEqual([[11, up.reportId]]);
    const queue = await get<ReviewQueue>(`/api/review?unit=${v2.report.unit.id}`);
    // the old version's 9期 is not offered: that version is no longer in force
    expect(queue.unread.items.map((i) => [i.figure.value, i.report.id])).toEqual([[11, up.reportId]]);
    expect(await penaltiesOf('金沙镇')).toMatchObject({ state: 'value', value: 41 });
  });
});

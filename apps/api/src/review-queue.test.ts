import type { FactDetail, ReportDetail, ReviewQueue, UnitProfile } from '@fazhi/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, signInAs, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
let editor: Credentials;
beforeAll(async () => {
  t = await testApp({ openReading: false });
  editor = await signInAs(t, 'editor');
}, 60_000);
afterAll(() => t.dispose());

const ask = async (url: string) => {
  const r = await t.app.inject({ url: encodeURI(url), headers: editor.headers });
  return { status: r.statusCode, body: r.json() };
};
const queue = async (query: string) => {
  const r = await ask(`/api/review?limit=200&${query}`);
  if (r.status !== 200) throw new Error(`${query} → ${r.status} ${r.body.message}`);
  return r.body as ReviewQueue;
};

/** The unit's figures nobody has decided, counted from its reports in force, apart from the queue's code. */
async function undecidedOf(unitId: number, keep: (f: ReportDetail['facts'][number]) => boolean) {
  const profile = (await ask(`/api/units/${unitId}`)).body as UnitProfile;
  let n = 0;
  for (const r of profile.reports) {
    const report = (await ask(`/api/reports/${r.id}`)).body as ReportDetail;
    n += report.facts.filter((f) => f.status === 'auto' && keep(f)).length;
  }
  return n;
}

describe('the review queue filters by unit, indicator and year', () => {
  test('a unit filter holds exactly that unit’s undecided figures', async () => {
    const all = await queue('county=示例县');
    const unit = all.items[0]?.report.unit;
    if (!unit) throw new Error('empty queue');
    const only = await queue(`county=示例县&unit=${unit.id}`);
    expect(only.items.length).toBeGreaterThan(0);
    expect(only.items.every((i) => i.report.unit.id === unit.id)).toBe(true);
    expect(only.total).toBe(await undecidedOf(unit.id, () => true));
    expect(only.total).toBeLessThan(all.total);
  });

  test('indicator and year narrow the queue together, the year being the figure’s own', async () => {
    const all = await queue('county=示例县');
    const first = all.items.find((i) => i.fact.year !== i.report.year) ?? all.items[0];
    if (!first) throw new Error('empty queue');
    const { key, year } = first.fact;
    const unit = first.report.unit.id;
    const both = await queue(`county=示例县&unit=${unit}&indicator=${key}&year=${year}`);
    expect(both.items.map((i) => i.fact.id)).toContain(first.fact.id);
    expect(both.items.every((i) => i.fact.key === key && i.fact.year === year)).toBe(true);
    expect(both.total).toBe(await undecidedOf(unit, (f) => f.key === key && f.year === year));
    const byKey = await queue(`indicator=${key}`);
    expect(byKey.items.every((i) => i.fact.key === key)).toBe(true);
    const byYear = await queue(`county=示例县&year=${year}`);
    expect(byYear.items.every((i) => i.fact.year === year)).toBe(true);
    expect(byYear.total).toBeLessThan(all.total);
  });

  test.each([
    ['an unknown unit', 'unit=999999', 404, '单位 999999 不存在'],
    ['a unit that is not a number', 'unit=东关镇', 400, 'unit：单位应写编号（正整数）'],
    ['an indicator the catalog does not have', 'indicator=dispute.nothing', 404, '没有指标“dispute.nothing”'],
    ['an ill-formed indicator', 'indicator=调解', 400, '指标键的格式应为'],
    ['a year out of range', 'year=1800', 400, '查询参数有误：year'],
    ['an unknown county', 'county=无此县', 404, '没有名为“无此县”的县区'],
  ])('refuses %s with a Chinese message', async (_, query, status, message) => {
    const r = await ask(`/api/review?${query}`);
    expect(r.status).toBe(status);
    expect(r.body.message).toContain(message);
  });

  test('refuses a unit of another county than the one asked, naming both', async () => {
    const other = (await queue('county=沈丘县')).items[0]?.report.unit;
    if (!other) throw new Error('沈丘县 has no queue');
    const r = await ask(`/api/review?county=示例县&unit=${other.id}`);
    expect(r.status).toBe(400);
    expect(r.body.message).toBe(`单位“${other.name}”不属于示例县，请重新选择单位`);
  });
});

describe('one exact figure opens by its id, wherever it stands', () => {
  test('a figure far down the queue, of another county, or already decided comes back as itself', async () => {
    const all = await queue('county=示例县');
    const deep = all.items.at(-1);
    const elsewhere = (await queue('county=沈丘县')).items[0];
    if (!deep || !elsewhere) throw new Error('queues too short');
    const decided = await t.app.inject({
      method: 'PATCH',
      url: `/api/facts/${deep.fact.id}`,
      headers: editor.headers,
      payload: { action: 'correct', value: deep.fact.value + 1, reason: '台账核实' },
    });
    expect(decided.statusCode).toBe(200);
    for (const [id, status, value] of [
      [deep.fact.id, 'corrected', deep.fact.value + 1],
      [elsewhere.fact.id, 'auto', elsewhere.fact.value],
    ] as const) {
      const r = await ask(`/api/facts/${id}`);
      expect(r.status).toBe(200);
      expect((r.body as FactDetail).fact).toMatchObject({ id, status, value });
    }
  });

  test('a figure that does not exist is 404 and says so in Chinese', async () => {
    const r = await ask('/api/facts/987654');
    expect(r).toMatchObject({
      status: 404,
      body: { error: 'unknown_fact', message: '指标事实 987654 不存在' },
    });
  });
});

import { reextractAll } from '@fazhi/ingest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, multipart, signInAs, type TestApp, testApp } from './testing/app.ts';

interface Item {
  fact: { id: number; key: string; status: string; reportId: number };
  report: { id: number; unit: { name: string } };
  reasons: { code: string; label: string }[];
  score: number;
}

let t: TestApp;
let editor: Credentials;
let admin: Credentials;
beforeAll(async () => {
  t = await testApp({ openReading: false });
  editor = await signInAs(t, 'editor', { username: 'zhang', displayName: '张科员' });
  admin = await signInAs(t, 'admin', { username: 'wang', displayName: '王主任' });
}, 60_000);
afterAll(() => t.dispose());

const get = async <T>(url: string, who: Credentials = editor) =>
  (await t.app.inject({ url: encodeURI(url), headers: who.headers })).json() as T;
const decide = (id: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/facts/${id}`, headers: editor.headers, payload });

describe('the review queue', () => {
  test('puts flagged and big-change figures first, each with its reasons, unreviewed figures only', async () => {
    const all = await get<{ items: Item[] }>('/api/review?limit=5');
    expect(all.items[0]?.reasons.map((r) => r.code)).toContain('flag');
    expect(all.items[0]?.report.unit.name).toBe('东关镇');
    const q = await get<{ total: number; items: Item[] }>('/api/review?county=示例县&limit=200');
    expect(q.total).toBeGreaterThan(q.items.length - 1);
    expect(q.items.every((i) => i.fact.status === 'auto')).toBe(true);
    for (let i = 1; i < q.items.length; i++)
      expect(q.items[i]?.score).toBeLessThanOrEqual(q.items[i - 1]?.score ?? 0);
    expect(q.items[0]?.reasons.map((r) => r.code)).toContain('big_change');
    expect(
      q.items.some((i) => i.reasons.some((r) => r.code === 'big_change' && /较上年变化/.test(r.label))),
    ).toBe(true);
  });

  test('a decided figure leaves the queue, and a report is 已审核 once its focus figures are all decided', async () => {
    const q = await get<{ total: number; items: Item[] }>('/api/review?county=示例县&limit=1');
    const first = q.items[0];
    if (!first) throw new Error('empty queue');
    const report = await get<{ facts: { id: number; key: string; status: string }[] }>(
      `/api/reports/${first.report.id}`,
    );
    const focus = /^(train|dispute|pub|recon|litig)\./;
    for (const f of report.facts.filter((f) => focus.test(f.key) && f.status === 'auto')) {
      expect((await decide(f.id, { action: 'confirm' })).statusCode).toBe(200);
    }
    const after = await get<{ total: number; items: Item[] }>('/api/review?county=示例县&limit=200');
    expect(after.items.some((i) => i.fact.id === first.fact.id)).toBe(false);
    const comp = await get<{ units: { years: { reportId: number | null; reviewed: boolean }[] }[] }>(
      '/api/completeness?county=示例县',
    );
    const cells = comp.units.flatMap((u) => u.years);
    expect(cells.find((y) => y.reportId === first.report.id)?.reviewed).toBe(true);
    expect(cells.filter((y) => y.reviewed)).toHaveLength(1);
  });
});

describe('corrections survive a new version of the report and a re-run of the engine', () => {
  test('end to end through the API: correct, upload a new version, re-extract, still corrected', async () => {
    const v1 =
      '石桥镇2023年度法治政府建设情况报告\n中共云岭县委：\n全年排查调处矛盾纠纷48件，开展普法宣传活动22场。\n石桥镇人民政府\n2024年1月20日';
    const up = (name: string, text: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/reports',
        ...multipart([{ name, content: text }], editor.headers),
      });
    const first = (await up('v1.txt', v1)).json().outcomes[0];
    const rep = await get<{ facts: { id: number; key: string }[] }>(`/api/reports/${first.reportId}`);
    const cases = rep.facts.find((f) => f.key === 'dispute.cases');
    await decide(cases?.id ?? -1, { action: 'correct', value: 50, reason: '台账为50件' });
    const second = (await up('v2.txt', v1.replace('22场', '24场'))).json().outcomes[0];
    expect(second.status).toBe('replaced');
    await reextractAll(t.store);
    const cmp = await get<{ cells: { key: string; value: number; status: string }[] }>(
      '/api/compare?county=云岭县&indicators=dispute.cases,pub.events&years=2023',
    );
    expect(cmp.cells.find((c) => c.key === 'dispute.cases')).toMatchObject({
      value: 50,
      status: 'corrected',
    });
    expect(cmp.cells.find((c) => c.key === 'pub.events')).toMatchObject({ value: 24, status: 'auto' });
  });
});

describe('a person’s correction stands against a new version of the report', () => {
  const v1 =
    '河口镇2023年度法治政府建设情况报告\n中共云岭县委：\n全年开展普法宣传活动25次，另开展专题宣传6次。\n河口镇人民政府\n2024年1月20日';
  // the new version rewords the corrected sentence and states another figure
  const v2 = v1.replace('全年开展普法宣传活动25次', '本年度共组织各类普法宣传活动26次');
  const up = (name: string, text: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/reports',
      ...multipart([{ name, content: text }], editor.headers),
    });
  let unitId = -1;
  const events = async () =>
    (
      await get<{ cells: { unitId: number; key: string; value: number; status: string }[] }>(
        '/api/compare?county=云岭县&indicators=pub.events&years=2023',
      )
    ).cells.filter((c) => c.key === 'pub.events' && c.unitId === unitId);

  test('the new figure waits beside the correction, does not count, and counts once accepted', async () => {
    const first = (await up('河口镇-v1.txt', v1)).json().outcomes[0];
    const rep = await get<{
      report: { unit: { id: number } };
      facts: { id: number; key: string; value: number }[];
    }>(`/api/reports/${first.reportId}`);
    unitId = rep.report.unit.id;
    const mentions = rep.facts.filter((f) => f.key === 'pub.events').map((f) => f.value);
    expect(mentions.sort((a, b) => a - b)).toEqual([6, 25]);
    expect(await events()).toEqual([expect.objectContaining({ value: 31, status: 'auto' })]);
    const wrong = rep.facts.find((f) => f.key === 'pub.events' && f.value === 25);
    await decide(wrong?.id ?? -1, { action: 'correct', value: 30, reason: '台账为30次' });
    expect((await events())[0]?.value).toBe(36);

    const second = (await up('河口镇-v2.txt', v2)).json().outcomes[0];
    expect(second.status).toBe('replaced');
    await reextractAll(t.store);
    // 30 (corrected) + 6 (read before, unchanged): the reworded 26 is not added
    expect(await events()).toEqual([expect.objectContaining({ value: 36, status: 'corrected' })]);
    const q = await get<{ items: (Item & { beside: { id: number; value: number; status: string }[] })[] }>(
      '/api/review?county=云岭县&limit=200',
    );
    const waiting = q.items.find((i) => i.fact.key === 'pub.events' && i.fact.status === 'pending');
    expect(waiting).toBeDefined();
    expect(waiting?.reasons[0]?.code).toBe('pending');
    expect(waiting?.beside).toEqual([
      expect.objectContaining({ id: wrong?.id, value: 30, status: 'corrected' }),
    ]);
    const ours = q.items.filter((i) => i.fact.key === 'pub.events' && i.report.unit.name === '河口镇');
    expect(ours.map((i) => i.fact.status)).toEqual(['pending', 'auto']);

    // a reviewer accepts it: now it counts beside the correction
    expect((await decide(waiting?.fact.id ?? -1, { action: 'confirm' })).statusCode).toBe(200);
    expect((await events())[0]?.value).toBe(62);
  });
});

describe('unit housekeeping and the audit list', () => {
  const C = encodeURIComponent('示例县');
  const units = async () =>
    (
      await get<{ units: { id: number; name: string; population: number | null }[] }>(
        `/api/units?county=示例县`,
      )
    ).units;

  test('imports population from a .csv: all rows, or none with each bad row named', async () => {
    const [a, b] = await units();
    const bad = `单位,人口,行政村数\n${a?.name},35000,12\n无此镇,100,2\n${b?.name},-5,3\n`;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/units/attributes?county=${C}`,
      ...multipart([{ name: '人口.csv', content: `\uFEFF${bad}` }], admin.headers),
    });
    const body = res.json();
    expect(body.applied).toBe(false);
    expect(
      body.rows.filter((r: { problem: string | null }) => r.problem).map((r: { row: number }) => r.row),
    ).toEqual([3, 4]);
    expect((await units()).find((u) => u.id === a?.id)?.population).toBeNull();
    const good = `单位,人口,行政村数\n${a?.name},35000,12\n${b?.name},"28,600",9\n`;
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/units/attributes?county=${C}`,
      ...multipart([{ name: '人口.csv', content: good }], admin.headers),
    });
    expect(ok.json()).toMatchObject({ applied: true, message: '人口.csv：已更新 2 个单位' });
    expect((await units()).find((u) => u.id === b?.id)?.population).toBe(28600);
  });

  test('renames a unit with the old name kept, and lists the change with who, when, before, after', async () => {
    const [a] = await units();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/units/${a?.id}`,
      headers: admin.headers,
      payload: { name: `${a?.name}新区`, reason: '区划调整' },
    });
    expect(res.json().unit.aliases).toContain(a?.name);
    const log = await get<{
      entries: { subject: string; actor: string; action: string; before: { name: string }; reason: string }[];
    }>(`/api/audit?entity=unit&actor=王主任&action=rename`, admin);
    expect(log.entries[0]).toMatchObject({
      actor: '王主任（wang）',
      action: 'rename',
      reason: '区划调整',
      subject: `${a?.name}新区`,
    });
    expect(log.entries[0]?.before.name).toBe(a?.name);
  });

  test('lists fact decisions with their subject, and filters by date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const log = await get<{ total: number; entries: { entity: string; subject: string; actor: string }[] }>(
      `/api/audit?entity=fact&actor=zhang&from=${today}&to=${today}`,
      admin,
    );
    expect(log.total).toBeGreaterThan(0);
    expect(log.entries[0]).toMatchObject({ entity: 'fact', actor: '张科员（zhang）' });
    expect(log.entries[0]?.subject).toMatch(/\d{4}年/);
    const none = await get<{ total: number }>('/api/audit?from=2000-01-01&to=2000-01-02', admin);
    expect(none.total).toBe(0);
  });

  test('refuses to merge units that both have a report for one year, saying which years', async () => {
    const [a, b] = await units();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/units/${a?.id}/merge`,
      headers: admin.headers,
      payload: { from: b?.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/年都有报告/);
  });
});

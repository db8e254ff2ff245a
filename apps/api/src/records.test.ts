import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, getJson, signInAs, type TestApp, testApp } from './testing/app.ts';

interface Fact {
  id: number;
  key: string;
  value: number;
  status: string;
  evidence: string;
  spanStart: number | null;
  spanEnd: number | null;
}

let t: TestApp;
let editor: Credentials;
beforeAll(async () => {
  t = await testApp();
  editor = await signInAs(t, 'editor', { username: 'zhang', displayName: '张科员' });
}, 60_000);
afterAll(() => t.dispose());

async function unitId(name: string): Promise<number> {
  const { body } = await getJson<{ units: { id: number; name: string }[] }>(t.app, '/api/units');
  return body.units.find((u) => u.name === name)?.id ?? -1;
}

async function reportOf(name: string) {
  const { body } = await getJson<{ reports: { id: number }[] }>(t.app, `/api/units/${await unitId(name)}`);
  return getJson<{
    report: { text: string; unit: { name: string } };
    facts: Fact[];
    flags: { type: string }[];
  }>(t.app, `/api/reports/${body.reports[0]?.id}`);
}

describe('units, reports and facts', () => {
  test('profiles a unit: its reports, aliases and every indicator over the years', async () => {
    const { status, body } = await getJson<{
      unit: { name: string; aliases: string[] };
      county: { name: string };
      reports: { year: number }[];
      cells: { year: number }[];
    }>(t.app, `/api/units/${await unitId('城关街道')}`);
    expect(status).toBe(200);
    expect(body.unit.aliases).toEqual(['城关镇']);
    expect(body.county.name).toBe('示例县');
    expect(body.reports.length).toBeGreaterThanOrEqual(5);
    expect(new Set(body.cells.map((c) => c.year)).size).toBeGreaterThanOrEqual(5);
  });

  test('gives a report text with every fact and its span for highlighting', async () => {
    const { body } = await reportOf('邢庄镇');
    expect(body.report.unit.name).toBe('邢庄镇');
    expect(body.facts).toHaveLength(7);
    for (const f of body.facts)
      expect(body.report.text.slice(f.spanStart ?? 0, f.spanEnd ?? 0)).toBe(f.evidence);
  });

  test('carries the engine’s review flags with the report', async () => {
    const { body } = await reportOf('东关镇');
    expect(body.flags.map((f) => f.type)).toContain('template_text');
  });

  test('corrects a fact, records who and why, and the comparison shows the corrected value', async () => {
    const { body } = await reportOf('邢庄镇');
    const cases = body.facts.find((f) => f.key === 'dispute.cases');
    const r = await t.app.inject({
      method: 'PATCH',
      url: `/api/facts/${cases?.id}`,
      headers: editor.headers,
      payload: { action: 'correct', value: 52, reason: '台账核实为52件' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ value: 52, status: 'corrected' });
    const history = await getJson<{
      audit: { actor: string; action: string; reason: string; before: { value: number } }[];
    }>(t.app, `/api/facts/${cases?.id}`);
    // read without signing in (open reading): the display name only, not the login
    expect(history.body.audit).toEqual([
      expect.objectContaining({
        actor: '张科员',
        action: 'correct',
        reason: '台账核实为52件',
        before: expect.objectContaining({ value: 50 }),
      }),
    ]);
    const compare = await getJson<{
      cells: { key: string; value: number; status: string; factIds: number[] }[];
    }>(t.app, '/api/compare?county=沈丘县&indicators=dispute.cases&years=2023');
    expect(compare.body.cells).toContainEqual(
      expect.objectContaining({ value: 52, status: 'corrected', factIds: [cases?.id] }),
    );
  });

  test('confirms and rejects facts; a rejected fact no longer counts', async () => {
    const { body } = await reportOf('北留镇');
    const [first, second] = body.facts.filter((f) => f.key === 'train.sessions');
    const ok = await t.app.inject({
      method: 'PATCH',
      headers: editor.headers,
      url: `/api/facts/${first?.id}`,
      payload: { action: 'confirm' },
    });
    expect(ok.json()).toMatchObject({ status: 'confirmed' });
    const no = await t.app.inject({
      method: 'PATCH',
      headers: editor.headers,
      url: `/api/facts/${second?.id}`,
      payload: { action: 'reject', reason: '重复计数' },
    });
    expect(no.json()).toMatchObject({ status: 'rejected' });
    const unit = await unitId('北留镇');
    const profile = await getJson<{ cells: { key: string; value: number }[] }>(t.app, `/api/units/${unit}`);
    expect(profile.body.cells.find((c) => c.key === 'train.sessions')?.value).toBe(33 - (second?.value ?? 0));
  });

  test('adds a fact a person read in the report', async () => {
    const { body } = await reportOf('法镇');
    const reportId = (
      await getJson<{ reports: { id: number }[] }>(t.app, `/api/units/${await unitId('法镇')}`)
    ).body.reports[0]?.id;
    const r = await t.app.inject({
      method: 'POST',
      headers: editor.headers,
      url: '/api/facts',
      payload: {
        reportId,
        key: 'pub.events',
        year: 2022,
        value: 3,
        evidence: '法律进机关、进校园、进农村',
        reason: '原文列举三项活动',
      },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'added', value: 3 });
    expect(body.facts).toHaveLength(0);
  });

  test.each([
    ['an unknown unit', 'GET', '/api/units/99999', undefined, 404, '单位 99999 不存在'],
    ['an unknown report', 'GET', '/api/reports/99999', undefined, 404, '报告 99999 不存在'],
    ['an unknown fact', 'GET', '/api/facts/99999', undefined, 404, '指标事实 99999 不存在'],
    ['a non-numeric id', 'GET', '/api/facts/abc', undefined, 400, '路径参数有误'],
    ['a correction of an unknown fact', 'PATCH', '/api/facts/99999', { action: 'confirm' }, 404, '不存在'],
    [
      'a correction without a reason',
      'PATCH',
      '/api/facts/1',
      { action: 'correct', value: 3 },
      400,
      '请求体有误',
    ],
    ['an unknown action', 'PATCH', '/api/facts/1', { action: 'delete' }, 400, '请求体有误'],
    [
      'a negative value',
      'PATCH',
      '/api/facts/1',
      { action: 'correct', value: -1, reason: 'x' },
      400,
      '请求体有误',
    ],
    [
      'an addition to an unknown report',
      'POST',
      '/api/facts',
      { reportId: 99999, key: 'pub.events', year: 2023, value: 1, evidence: 'x' },
      404,
      '报告 99999 不存在',
    ],
    [
      'an addition with an unknown key',
      'POST',
      '/api/facts',
      { reportId: 1, key: 'pub.nope', year: 2023, value: 1, evidence: 'x' },
      400,
      '请求体有误',
    ],
  ] as const)('refuses %s', async (_name, method, url, payload, status, message) => {
    const r = await t.app.inject({ method, url, headers: editor.headers, ...(payload ? { payload } : {}) });
    expect(r.statusCode).toBe(status);
    expect(r.json().message).toContain(message);
  });
});

describe('GET /api/completeness', () => {
  test('shows which reports are in, facts found, focus indicators missing and flags', async () => {
    const { body } = await getJson<{
      years: number[];
      units: {
        unit: { name: string };
        years: { year: number; reportId: number | null; facts: number; focusMissing: string[] }[];
      }[];
      unitsWithoutCounty: { name: string }[];
    }>(t.app, '/api/completeness?county=示例县');
    expect(body.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(body.units).toHaveLength(23);
    const all = body.units.flatMap((u) => u.years);
    expect(all.some((y) => y.reportId === null && y.facts === 0)).toBe(true);
    expect(all.some((y) => y.reportId !== null && y.focusMissing.length > 0)).toBe(true);
    expect(body.unitsWithoutCounty.map((u) => u.name)).toEqual(['望山镇']);
  });
});

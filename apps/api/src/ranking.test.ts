import { setUnitAttributes } from '@fazhi/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';

interface Row {
  unit: { id: number; name: string; type: string };
  rank: number | null;
  tied: boolean;
  state: 'value' | 'not_mentioned' | 'no_report';
  previousState: 'value' | 'not_mentioned' | 'no_report';
  value: number | null;
  qualifier: string | null;
  factIds: number[];
  per10k: number | null;
  smallBase: boolean;
  previous: { value: number; rank: number | null; factIds: number[] } | null;
  change: { abs: number; pct: number | null; rank: number | null } | null;
}
interface Ranking {
  rows: Row[];
  indicator: { direction: string };
  reviewedShare: number;
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

const rank = (query: string) => getJson<Ranking>(t.app, `/api/ranking?county=示例县&${query}`);

describe('GET /api/ranking', () => {
  test('ranks townships and sub-districts, highest first, with last year beside', async () => {
    const { status, body } = await rank('indicator=pub.reach&year=2023');
    expect(status).toBe(200);
    const ranked = body.rows.filter((r) => r.rank !== null);
    expect(ranked.length).toBeGreaterThan(10);
    expect(body.rows.every((r) => r.unit.type !== 'county_dept')).toBe(true);
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i]?.value ?? 0).toBeLessThanOrEqual(ranked[i - 1]?.value ?? 0);
      expect(ranked[i]?.rank ?? 0).toBeGreaterThanOrEqual(ranked[i - 1]?.rank ?? 0);
    }
    const withPrevious = ranked.find((r) => r.previous);
    expect(withPrevious?.change?.abs).toBe((withPrevious?.value ?? 0) - (withPrevious?.previous?.value ?? 0));
    expect(withPrevious?.change?.rank).toBe((withPrevious?.previous?.rank ?? 0) - (withPrevious?.rank ?? 0));
  });

  test("traces last year's figure to its own facts, of the year before", async () => {
    const { body } = await rank('indicator=pub.reach&year=2023');
    const row = body.rows.find((r) => r.previous);
    const factId = row?.previous?.factIds[0];
    const { body: fact } = await getJson<{ fact: { year: number; value: number } }>(
      t.app,
      `/api/facts/${factId}`,
    );
    expect(fact.fact.year).toBe(2022);
    expect(row?.previous?.value).toBeGreaterThanOrEqual(fact.fact.value);
  });

  test('lists units without the figure after the ranked ones, never 0', async () => {
    const { body } = await rank('indicator=train.exam_pass_rate&year=2023');
    const absent = body.rows.filter((r) => r.state !== 'value');
    expect(absent.length).toBeGreaterThan(0);
    expect(absent.every((r) => r.value === null && r.rank === null)).toBe(true);
    const firstAbsent = body.rows.findIndex((r) => r.state !== 'value');
    expect(body.rows.slice(firstAbsent).every((r) => r.state !== 'value')).toBe(true);
  });

  test('ranks county departments apart, and all units when asked', async () => {
    const departments = (await rank('indicator=svc.consultations&year=2023&group=departments')).body.rows;
    expect(departments.map((r) => r.unit.type)).toEqual(['county_dept', 'county_dept', 'county_dept']);
    const all = (await rank('indicator=svc.consultations&year=2023&group=all')).body.rows;
    expect(all).toHaveLength(23);
  });

  test('gives equal values one rank and skips the next (并列)', async () => {
    const { body: before } = await rank('indicator=lead.meetings&year=2022');
    const values = before.rows.filter((r) => r.rank !== null).map((r) => r.value);
    const counts = new Map<number | null, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const shared = [...counts].find(([, n]) => n > 1)?.[0];
    expect(shared).toBeDefined();
    const tied = before.rows.filter((r) => r.value === shared && r.rank !== null);
    expect(new Set(tied.map((r) => r.rank)).size).toBe(1);
    expect(tied.every((r) => r.tied)).toBe(true);
    const next = before.rows.find((r) => r.rank !== null && (r.rank ?? 0) > (tied[0]?.rank ?? 0));
    if (next) expect(next.rank).toBe((tied[0]?.rank ?? 0) + tied.length);
  });

  test('ranks a lower-is-better indicator from the lowest', async () => {
    const { body } = await rank('indicator=recon.revoked&year=2023&group=departments');
    expect(body.indicator.direction).toBe('lower');
    const ranked = body.rows.filter((r) => r.rank !== null);
    expect(ranked.length).toBeGreaterThan(0);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i]?.value ?? 0).toBeGreaterThanOrEqual(ranked[i - 1]?.value ?? 0);
  });

  test('ranks a caseload, neither better high nor low, by size from the largest', async () => {
    const { body } = await rank('indicator=dispute.cases&year=2023&group=towns');
    expect(body.indicator.direction).toBe('neither');
    const ranked = body.rows.filter((r) => r.rank !== null);
    expect(ranked.length).toBeGreaterThan(2);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i]?.value ?? 0).toBeLessThanOrEqual(ranked[i - 1]?.value ?? 0);
  });

  test('shows rates on a small base but does not rank them', async () => {
    const small = await testApp({ minBase: 1000 });
    try {
      const { body } = await getJson<Ranking>(
        small.app,
        '/api/ranking?county=示例县&indicator=dispute.rate&year=2023',
      );
      const present = body.rows.filter((r) => r.state === 'value');
      expect(present.length).toBeGreaterThan(0);
      expect(present.every((r) => r.smallBase && r.rank === null && r.value !== null)).toBe(true);
    } finally {
      await small.dispose();
    }
  }, 60_000);

  test('normalises per 10,000 residents where the population is known, and ranks only those', async () => {
    const { body: plain } = await rank('indicator=pub.events&year=2023');
    const [a, b] = plain.rows.filter((r) => r.value !== null);
    await setUnitAttributes(t.store.db, a?.unit.id ?? 0, { population: 50_000 });
    await setUnitAttributes(t.store.db, b?.unit.id ?? 0, { population: 10_000 });
    const { body } = await rank('indicator=pub.events&year=2023&per10k=true');
    const ranked = body.rows.filter((r) => r.rank !== null);
    expect(ranked.map((r) => r.unit.id).sort()).toEqual([a?.unit.id, b?.unit.id].sort());
    const rowB = body.rows.find((r) => r.unit.id === b?.unit.id);
    expect(rowB?.per10k).toBeCloseTo(b?.value ?? 0, 5);
  });

  test.each([
    ['no indicator', 'year=2023', 400, 'indicator'],
    ['an unknown indicator', 'indicator=dispute.nope&year=2023', 404, '没有指标“dispute.nope”'],
    ['a malformed year', 'indicator=pub.events&year=二〇二三', 400, 'year'],
    ['an unknown group', 'indicator=pub.events&year=2023&group=villages', 400, 'group'],
  ])('refuses %s', async (_name, query, status, message) => {
    const r = await getJson<{ message: string }>(t.app, `/api/ranking?county=示例县&${query}`);
    expect(r.status).toBe(status);
    expect(r.body.message).toContain(message);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';

interface Headline {
  indicator: { key: string };
  measure: 'sum' | 'median';
  value: number | null;
  qualifier: string | null;
  units: number;
  change: { abs: number; pct: number | null; units: number } | null;
}
interface Overview {
  year: number | null;
  sample: boolean;
  units: number;
  reported: number;
  groups: { key: string; label: string; headlines: Headline[] }[];
}
interface Compare {
  units: { id: number; type: string }[];
  cells: { unitId: number; year: number; key: string; value: number }[];
}
interface Completeness {
  units: { unit: { type: string }; years: { year: number; reportId: number | null }[] }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.dispose());

const headline = (o: Overview, key: string) =>
  o.groups.flatMap((g) => g.headlines).find((h) => h.indicator.key === key);

describe('GET /api/overview', () => {
  test('totals each focus count over the townships that reported it, as /api/compare gives them', async () => {
    const { status, body } = await getJson<Overview>(t.app, '/api/overview?county=示例县&year=2023');
    expect(status).toBe(200);
    expect(body.groups.map((g) => g.label)).toEqual([
      '学法培训',
      '矛盾纠纷化解',
      '普法宣传',
      '行政复议与应诉',
    ]);
    const cmp = (await getJson<Compare>(t.app, '/api/compare?county=示例县&years=2022-2023')).body;
    const towns = new Set(cmp.units.filter((u) => u.type !== 'county_dept').map((u) => u.id));
    const of = (key: string, year: number) =>
      new Map(
        cmp.cells
          .filter((c) => c.key === key && c.year === year && towns.has(c.unitId))
          .map((c) => [c.unitId, c.value]),
      );
    const now = of('train.sessions', 2023);
    const before = of('train.sessions', 2022);
    const h = headline(body, 'train.sessions');
    expect(h?.measure).toBe('sum');
    expect(h?.units).toBe(now.size);
    expect(h?.value).toBe([...now.values()].reduce((a, b) => a + b, 0));
    const both = [...now.keys()].filter((id) => before.has(id));
    const sum = (m: Map<number, number>) => both.reduce((a, id) => a + (m.get(id) ?? 0), 0);
    expect(h?.change?.units).toBe(both.length);
    expect(h?.change?.abs).toBe(sum(now) - sum(before));
  });

  test('reads rates as the median of the unit rates', async () => {
    const { body } = await getJson<Overview>(t.app, '/api/overview?county=示例县&year=2023');
    const h = headline(body, 'dispute.rate');
    expect(h?.measure).toBe('median');
    expect(h?.value).toBeGreaterThan(50);
    expect(h?.value).toBeLessThanOrEqual(100);
  });

  test('counts the townships that sent a report for the year, and marks sample data', async () => {
    const { body } = await getJson<Overview>(t.app, '/api/overview?county=示例县&year=2023');
    const comp = (await getJson<Completeness>(t.app, '/api/completeness?county=示例县')).body;
    const towns = comp.units.filter((u) => u.unit.type !== 'county_dept');
    expect(body.units).toBe(towns.length);
    expect(body.reported).toBe(
      towns.filter((u) => u.years.find((y) => y.year === 2023)?.reportId != null).length,
    );
    expect(body.reported).toBeLessThan(body.units);
    expect(body.sample).toBe(true);
  });

  test('gives no figure, never 0, for a year nobody reported, and defaults to the newest year', async () => {
    const empty = (await getJson<Overview>(t.app, '/api/overview?county=示例县&year=2010')).body;
    expect(empty.reported).toBe(0);
    expect(empty.groups.flatMap((g) => g.headlines).every((h) => h.value === null && h.units === 0)).toBe(
      true,
    );
    const latest = (await getJson<Overview>(t.app, '/api/overview?county=示例县')).body;
    expect(latest.year).toBe(2024);
  });

  test('answers the seed county from the seed reports, not as sample data', async () => {
    const { status, body } = await getJson<Overview>(t.app, '/api/overview?county=沈丘县');
    expect(status).toBe(200);
    expect(body.sample).toBe(false);
    expect(body.reported).toBeGreaterThan(0);
  });

  test.each([
    ['/api/overview?county=无此县', 404],
    ['/api/overview?county=示例县&year=二〇二三', 400],
    ['/api/overview?county=示例县&group=villages', 400],
  ])('%s answers %i with a message', async (url, code) => {
    const { status, body } = await getJson<{ message: string }>(t.app, url);
    expect(status).toBe(code);
    expect(body.message.length).toBeGreaterThan(0);
  });
});

describe('GET /api/overview leaders', () => {
  test('names the best and the worst township in the indicator direction, with the facts behind', async () => {
    const { body } = await getJson<{
      groups: {
        headlines: {
          indicator: { key: string; direction: string };
          best: { unit: { name: string }; value: number; factIds: number[] } | null;
          worst: { unit: { name: string }; value: number } | null;
        }[];
      }[];
    }>(t.app, '/api/overview?county=示例县&year=2023');
    const rank = (
      await getJson<{ rows: { unit: { name: string }; value: number | null; rank: number | null }[] }>(
        t.app,
        '/api/ranking?county=示例县&indicator=pub.events&year=2023',
      )
    ).body.rows.filter((r) => r.value !== null);
    const h = body.groups.flatMap((g) => g.headlines).find((x) => x.indicator.key === 'pub.events');
    const top = Math.max(...rank.map((r) => r.value ?? 0));
    const bottom = Math.min(...rank.map((r) => r.value ?? 0));
    expect(h?.best?.value).toBe(top);
    expect(h?.worst?.value).toBe(bottom);
    expect(rank.find((r) => r.unit.name === h?.best?.unit.name)?.value).toBe(top);
    expect(h?.best?.factIds.length).toBeGreaterThan(0);
  });
});

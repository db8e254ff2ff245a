import { afterAll, beforeAll, expect, test } from 'vitest';
import { multipart } from './testing/app.ts';
import { COUNTY_A, COUNTY_B, twoCountyApp } from './testing/regions.ts';
import {
  type Caller,
  covers,
  roleAllows,
  type Side,
  signInEveryone,
  traces,
} from './testing/scope-callers.ts';
import { ROUTES, type SideIds } from './testing/scope-routes.ts';

// Region (whole installation, province, city, county A, county B) × role × every route that reads or
// changes one county's data, asked of county A and of county B: allowed exactly where the role allows it
// and the region reaches the county; otherwise 403, saying which (role: forbidden; region: forbidden_region).

let t: Awaited<ReturnType<typeof twoCountyApp>>;
let callers: Caller[];
const side: Partial<Record<Side, SideIds>> = {};
const ids = (s: Side): SideIds => {
  const found = side[s];
  if (!found) throw new Error(`no ids for ${s}`);
  return found;
};

beforeAll(async () => {
  t = await twoCountyApp();
  callers = await signInEveryone(t);
  const whole = callers.find((c) => c.region === 'whole' && c.role === 'admin')?.creds.headers ?? {};
  const get = async <T>(url: string) =>
    (await t.app.inject({ url: encodeURI(url), headers: whole })).json() as T;
  for (const [s, county] of [
    ['A', COUNTY_A],
    ['B', COUNTY_B],
  ] as const) {
    const { units } = await get<{ units: { id: number; name: string; type: string }[] }>(
      `/api/units?county=${county}`,
    );
    const town = units.find((u) => u.type === 'town');
    const dept = units.find((u) => u.type === 'county_dept');
    if (!town || !dept) throw new Error(`no units in ${county}`);
    const reportOf = async (unit: number) =>
      (await get<{ reports: { id: number }[] }>(`/api/units/${unit}`)).reports[0]?.id ?? -1;
    const report = await reportOf(town.id);
    const other = await reportOf(dept.id);
    const facts = [
      ...(await get<{ facts: { id: number }[] }>(`/api/reports/${report}`)).facts,
      ...(await get<{ facts: { id: number }[] }>(`/api/reports/${other}`)).facts,
    ].map((f) => f.id);
    side[s] = {
      county,
      town: town.id,
      dept: dept.id,
      report,
      other,
      fact: facts[0] ?? -1,
      names: [county, ...units.map((u) => u.name)],
      units: units.map((u) => u.id),
      reports: [report, other],
      facts,
    };
  }
}, 120_000);
afterAll(() => t?.dispose());

const CASES = ROUTES.flatMap(([name, route]) =>
  (['A', 'B'] as const).map((s) => [`${name} of county ${s}`, route, s] as const),
);

test.each(CASES)('%s: allowed by role and region, else 403 saying which', async (_, route, s) => {
  const target = ids(s);
  const wrong: string[] = [];
  for (const [n, c] of callers.entries()) {
    const expected = !roleAllows(c.role, route.need)
      ? 'forbidden'
      : covers(c.region, s)
        ? route.ok
        : 'forbidden_region';
    const file = route.upload?.(target);
    const r = await t.app.inject({
      method: route.method,
      url: route.url(target),
      ...(file
        ? multipart([file], c.creds.headers)
        : { headers: c.creds.headers, ...(route.body ? { payload: route.body(target, n) as object } : {}) }),
    });
    const got = r.statusCode === 403 ? (r.json() as { error: string }).error : r.statusCode;
    if (got !== expected)
      wrong.push(`${c.region} ${c.role}: ${got} (${r.body.slice(0, 120)}), expected ${expected}`);
    if (got === 'forbidden_region')
      expect((r.json() as { message: string }).message).toContain('无权访问该地区：');
    // an account of one county never receives a row of the other
    if (c.region === 'A' && r.statusCode < 300) noTraceOf('B', r.body, r.headers['content-type'], wrong, c);
    if (c.region === 'B' && r.statusCode < 300) noTraceOf('A', r.body, r.headers['content-type'], wrong, c);
  }
  expect(wrong).toEqual([]);
});

function noTraceOf(s: Side, body: string, type: unknown, wrong: string[], c: Caller) {
  const other = ids(s);
  if (String(type).includes('spreadsheetml')) return; // zipped: its csv twin is read instead
  const json = String(type).includes('json') ? (JSON.parse(body) as unknown) : body;
  const seen = traces(json);
  const leak = [
    ...other.names.filter((name) => seen.text.some((x) => x.includes(name))),
    ...seen.units.filter((id) => other.units.includes(id)).map((id) => `unit ${id}`),
    ...seen.reports.filter((id) => other.reports.includes(id)).map((id) => `report ${id}`),
    ...seen.facts.filter((id) => other.facts.includes(id)).map((id) => `fact ${id}`),
  ];
  if (leak.length > 0) wrong.push(`${c.region} ${c.role} received county ${s}'s ${leak.join(', ')}`);
}

test('the matrix covers 5 regions × 3 roles × every county route on both sides', () => {
  expect(callers).toHaveLength(15);
  expect(CASES).toHaveLength(ROUTES.length * 2);
});

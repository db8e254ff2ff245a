import { type Credentials, signInAs } from './app.ts';
import type { RegionIds, twoCountyApp } from './regions.ts';

export const REGIONS = ['whole', 'province', 'city', 'A', 'B'] as const;
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type RegionName = (typeof REGIONS)[number];
export type RoleName = (typeof ROLES)[number];
export type Side = 'A' | 'B';
export type Caller = { region: RegionName; role: RoleName; creds: Credentials };

const regionId = (ids: RegionIds, r: RegionName): number | null =>
  ({ whole: null, province: ids.province, city: ids.city, A: ids.a, B: ids.b })[r];

/** One signed-in account per region × role. */
export async function signInEveryone(t: Awaited<ReturnType<typeof twoCountyApp>>): Promise<Caller[]> {
  const out: Caller[] = [];
  for (const region of REGIONS)
    for (const role of ROLES) {
      const creds = await signInAs(t, role, {
        username: `${role}-${region.toLowerCase()}`,
        regionId: regionId(t.regions, region),
      });
      out.push({ region, role, creds });
    }
  return out;
}

/** The headers of the signed-in account of this region and role. */
export function headersOf(callers: Caller[], region: RegionName, role: RoleName) {
  const c = callers.find((x) => x.region === region && x.role === role);
  if (!c) throw new Error(`no ${role} of ${region}`);
  return c.creds.headers;
}

/** Whether an account of this region reaches county A or B (the province and the city hold both). */
export const covers = (region: RegionName, side: Side) => region !== (side === 'A' ? 'B' : 'A');

const RANK: Record<RoleName, number> = { viewer: 0, editor: 1, admin: 2 };
export const roleAllows = (role: RoleName, need: RoleName) => RANK[role] >= RANK[need];

export interface Traces {
  text: string[];
  units: number[];
  reports: number[];
  facts: number[];
}

/** Every string and every unit, report and fact id in a JSON answer (to look for another county's rows). */
export function traces(body: unknown, out: Traces = { text: [], units: [], reports: [], facts: [] }): Traces {
  if (typeof body === 'string') out.text.push(body);
  else if (Array.isArray(body)) for (const x of body) traces(x, out);
  else if (body && typeof body === 'object') {
    const o = body as Record<string, unknown>;
    const num = (v: unknown) => (typeof v === 'number' ? [v] : []);
    out.units.push(...num(o.unitId));
    out.reports.push(...num(o.reportId));
    out.facts.push(...num(o.factId));
    if (Array.isArray(o.factIds)) for (const f of o.factIds) out.facts.push(...num(f));
    // a unit ref has a type; a report ref has its unit and year
    if (typeof o.type === 'string') out.units.push(...num(o.id));
    if (o.unit && typeof o.unit === 'object' && typeof o.year === 'number') out.reports.push(...num(o.id));
    for (const v of Object.values(o)) traces(v, out);
  }
  return out;
}

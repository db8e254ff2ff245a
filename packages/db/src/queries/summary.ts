import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

export interface StoreSummary {
  counties: number;
  units: number;
  unitsWithoutCounty: number;
  reports: { real: number; sample: number; superseded: number };
  facts: Record<string, number>;
  byCountyYear: { county: string | null; year: number; reports: number; sample: boolean }[];
}

/** What is stored, for the start-up summary and for people checking an ingest. */
export function storeSummary(db: Db): StoreSummary {
  const one = <T>(q: ReturnType<typeof sql>) => db.get<T>(q);
  const counties = one<{ n: number }>(sql`select count(*) as n from regions where level = 'county'`)?.n ?? 0;
  const units = one<{ n: number; nc: number }>(
    sql`select count(*) as n, sum(county_id is null) as nc from units`,
  );
  const reports = one<{ real: number; sample: number; superseded: number }>(sql`
    select coalesce(sum(superseded_at is null and not sample), 0) as real,
           coalesce(sum(superseded_at is null and sample), 0) as sample,
           coalesce(sum(superseded_at is not null), 0) as superseded
    from reports`);
  const statuses = db.all<{ status: string; n: number }>(
    sql`select status, count(*) as n from facts group by status`,
  );
  const byCountyYear = db.all<{ county: string | null; year: number; reports: number; sample: number }>(sql`
    select c.name as county, r.year as year, count(*) as reports, max(r.sample) as sample
    from reports r join units u on u.id = r.unit_id left join regions c on c.id = u.county_id
    where r.superseded_at is null
    group by c.name, r.year order by c.name, r.year`);
  return {
    counties,
    units: units?.n ?? 0,
    unitsWithoutCounty: units?.nc ?? 0,
    reports: reports ?? { real: 0, sample: 0, superseded: 0 },
    facts: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
    byCountyYear: byCountyYear.map((r) => ({ ...r, sample: r.sample === 1 })),
  };
}

import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { rows } from '../run.ts';

export interface StoreSummary {
  counties: number;
  units: number;
  unitsWithoutCounty: number;
  reports: { real: number; sample: number; superseded: number };
  facts: Record<string, number>;
  byCountyYear: { county: string | null; year: number; reports: number; sample: boolean }[];
}

// counts as sum(case … then 1 else 0 end): SQLite sums booleans as integers, PostgreSQL does not
const countIf = (cond: ReturnType<typeof sql>) => sql`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`;

/** What is stored, for the start-up summary and for people checking an ingest. */
export async function storeSummary(db: Db): Promise<StoreSummary> {
  const one = async <T>(q: ReturnType<typeof sql>) => (await rows<T>(db, q))[0];
  const counties =
    (await one<{ n: number }>(sql`select count(*) as n from regions where level = 'county'`))?.n ?? 0;
  const units = await one<{ n: number; nc: number }>(
    sql`select count(*) as n, ${countIf(sql`county_id is null`)} as nc from units`,
  );
  const reports = await one<{ real: number; sample: number; superseded: number }>(sql`
    select ${countIf(sql`superseded_at is null and not sample`)} as real,
           ${countIf(sql`superseded_at is null and sample`)} as sample,
           ${countIf(sql`superseded_at is not null`)} as superseded
    from reports`);
  const statuses = await rows<{ status: string; n: number }>(
    db,
    sql`select status, count(*) as n from facts group by status`,
  );
  const byCountyYear = await rows<{ county: string | null; year: number; reports: number; sample: number }>(
    db,
    sql`
    select c.name as county, r.year as year, count(*) as reports,
      max(case when r.sample then 1 else 0 end) as sample
    from reports r join units u on u.id = r.unit_id left join regions c on c.id = u.county_id
    where r.superseded_at is null
    group by c.name, r.year order by c.name, r.year`,
  );
  return {
    counties,
    units: units?.n ?? 0,
    unitsWithoutCounty: units?.nc ?? 0,
    reports: reports ?? { real: 0, sample: 0, superseded: 0 },
    facts: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
    byCountyYear: byCountyYear.map((r) => ({ ...r, sample: r.sample === 1 })),
  };
}

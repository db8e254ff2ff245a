import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  ENGINE_STATUSES,
  type FactRow,
  facts,
  type Report,
  reports,
  type Unit,
  units,
} from '../schema/index.ts';
import { inCounties } from './scope.ts';

export interface QueueRow {
  fact: FactRow;
  report: Pick<Report, 'id' | 'year' | 'flags' | 'ingestedAt'> & { reviewed: number };
  unit: Unit;
}

/** Which figures the queue holds: all, or those of one county, unit, indicator or year (the figure's). */
export interface QueueFilter {
  countyId?: number | undefined;
  /** only these counties (an account's region); left out: every county */
  countyIds?: readonly number[] | undefined;
  unitId?: number | undefined;
  key?: FactRow['key'] | undefined;
  year?: number | undefined;
}

/**
 * Facts nobody has looked at yet (auto, or pending beside a person's decision) in reports in force,
 * narrowed by the filter, with their report's flags and how many of the report's facts a person has
 * already decided.
 */
export function unreviewedFacts(db: Db, filter: QueueFilter = {}): Promise<QueueRow[]> {
  const reviewed = sql<number>`(select count(*) from facts g where g.report_id = ${reports.id} and g.status not in ('auto', 'pending'))`;
  return db
    .select({
      fact: facts,
      report: {
        id: reports.id,
        year: reports.year,
        flags: reports.flags,
        ingestedAt: reports.ingestedAt,
        reviewed,
      },
      unit: units,
    })
    .from(facts)
    .innerJoin(reports, eq(reports.id, facts.reportId))
    .innerJoin(units, eq(units.id, facts.unitId))
    .where(
      and(
        inArray(facts.status, [...ENGINE_STATUSES]),
        isNull(reports.supersededAt),
        filter.countyId === undefined ? undefined : eq(units.countyId, filter.countyId),
        inCounties(units.countyId, filter.countyIds),
        filter.unitId === undefined ? undefined : eq(facts.unitId, filter.unitId),
        filter.key === undefined ? undefined : eq(facts.key, filter.key),
        filter.year === undefined ? undefined : eq(facts.year, filter.year),
      ),
    );
}

/** Per report of a county: its focus facts (rejected ones too), and how many of those a person has decided. */
export function reviewCounts(
  db: Db,
  countyId: number,
  keys: readonly string[],
): Promise<{ reportId: number; focus: number; reviewed: number }[]> {
  return db
    .select({
      reportId: facts.reportId,
      focus: sql<number>`count(*)`,
      reviewed: sql<number>`sum(case when ${facts.status} not in ('auto', 'pending') then 1 else 0 end)`,
    })
    .from(facts)
    .innerJoin(units, eq(units.id, facts.unitId))
    .where(
      and(
        eq(units.countyId, countyId),
        sql`${facts.key} in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`,
      ),
    )
    .groupBy(facts.reportId);
}

/** The decisions people made on a report's key and year: what a pending figure waits beside. */
export function decisionsOn(db: Db, reportId: number, key: FactRow['key'], year: number): Promise<FactRow[]> {
  return db
    .select()
    .from(facts)
    .where(
      and(
        eq(facts.reportId, reportId),
        eq(facts.key, key),
        eq(facts.year, year),
        notInArray(facts.status, [...ENGINE_STATUSES]),
      ),
    )
    .orderBy(facts.id);
}

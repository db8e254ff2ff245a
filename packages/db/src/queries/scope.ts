import { inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** A county column within these counties; none given: no condition. An empty list matches nothing. */
export function inCounties(column: SQLiteColumn, ids: readonly number[] | undefined): SQL | undefined {
  if (ids === undefined) return undefined;
  return ids.length === 0 ? sql`1 = 0` : inArray(column, [...ids]);
}

const list = (ids: readonly number[]) =>
  sql.join(ids.length > 0 ? ids.map((id) => sql`${id}`) : [sql`null`], sql`, `);

/**
 * The change-log entries about things of these counties (facts, units, submissions of their units, the
 * counties themselves) and of accounts of these regions; deadlines concern every county alike.
 */
export function auditInScope(countyIds: readonly number[], regionIds: readonly number[]): SQL {
  const counties = list(countyIds);
  return sql`(
    (audit_log.entity = 'fact' and audit_log.fact_id in
      (select f.id from facts f join units u on u.id = f.unit_id where u.county_id in (${counties})))
    or (audit_log.entity = 'unit' and audit_log.entity_id in (select id from units where county_id in (${counties})))
    or (audit_log.entity = 'submission' and audit_log.entity_id in
      (select s.id from submissions s join units u on u.id = s.unit_id where u.county_id in (${counties})))
    or (audit_log.entity = 'region' and audit_log.entity_id in (${counties}))
    or (audit_log.entity = 'user' and audit_log.entity_id in (select id from users where region_id in (${list(regionIds)})))
    or audit_log.entity = 'deadline')`;
}

import { type Db, factById, listRegions, regionById, reportById, unitById } from '@fazhi/db';
import { resolveCounty } from './county.ts';
import { ServiceError } from './errors.ts';
import { assertCovers, forbiddenRegion, regionWithin, type Scope, scopeIn, WHOLE } from './scope.ts';

/** An account's scope, resolved once per request from its region (null: the whole installation). */
export function accountScope(db: Db, regionId: number | null): Scope {
  return regionId === null ? WHOLE : scopeIn(listRegions(db), regionId);
}

const countyName = (db: Db, countyId: number | null) =>
  countyId === null ? null : (regionById(db, countyId)?.name ?? null);

/** A county named in a request: unknown is 404 (as before), another region's is 403. */
export function allowCounty(db: Db, scope: Scope, ref: string): void {
  if (scope.kind === 'all') return;
  const county = resolveCounty(db, ref);
  assertCovers(scope, county.id, county.name);
}

/** A unit's county must be in scope; an unknown unit is left to the domain function's 404. */
export function allowUnit(db: Db, scope: Scope, unitId: number): void {
  if (scope.kind === 'all') return;
  const unit = unitById(db, unitId);
  if (unit) assertCovers(scope, unit.countyId, countyName(db, unit.countyId));
}

export function allowReport(db: Db, scope: Scope, reportId: number): void {
  if (scope.kind === 'all') return;
  const report = reportById(db, reportId);
  if (report) allowUnit(db, scope, report.unitId);
}

export function allowFact(db: Db, scope: Scope, factId: number): void {
  if (scope.kind === 'all') return;
  const fact = factById(db, factId);
  if (fact) allowUnit(db, scope, fact.unitId);
}

/** An account's region given by an admin: inside the admin's own (only a whole-installation admin gives none). */
export function allowRegion(db: Db, scope: Scope, regionId: number | null): void {
  if (regionWithin(scope, regionId)) return;
  throw forbiddenRegion(
    regionId === null ? '全部地区' : (regionById(db, regionId)?.name ?? `地区 ${regionId}`),
  );
}

/** A region named on the command line (a province, city or county); unknown or shared names say so. */
export function regionNamed(db: Db, name: string): number {
  const found = listRegions(db).filter((r) => r.name === name);
  if (found.length === 0)
    throw new ServiceError('unknown_county', `没有地区“${name}”（先导入该地区的报告，或在看板中新增县区）`);
  if (found.length > 1)
    throw new ServiceError(
      'ambiguous_county',
      `有 ${found.length} 个地区名为“${name}”，请在看板的“账户”页选择`,
    );
  return found[0]?.id ?? -1;
}

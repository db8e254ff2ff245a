import { type Db, factById, listRegions, regionById, reportById, unitById } from '@fazhi/db';
import { resolveCounty } from './county.ts';
import { ServiceError } from './errors.ts';
import { assertCovers, forbiddenRegion, regionWithin, type Scope, scopeIn, WHOLE } from './scope.ts';

/** An account's scope, resolved once per request from its region (null: the whole installation). */
export async function accountScope(db: Db, regionId: number | null): Promise<Scope> {
  return regionId === null ? WHOLE : scopeIn(await listRegions(db), regionId);
}

const countyName = async (db: Db, countyId: number | null) =>
  countyId === null ? null : ((await regionById(db, countyId))?.name ?? null);

/** A county named in a request: unknown is 404 (as before), another region's is 403. */
export async function allowCounty(db: Db, scope: Scope, ref: string): Promise<void> {
  if (scope.kind === 'all') return;
  const county = await resolveCounty(db, ref);
  assertCovers(scope, county.id, county.name);
}

/** A unit's county must be in scope; an unknown unit is left to the domain function's 404. */
export async function allowUnit(db: Db, scope: Scope, unitId: number): Promise<void> {
  if (scope.kind === 'all') return;
  const unit = await unitById(db, unitId);
  if (unit) assertCovers(scope, unit.countyId, await countyName(db, unit.countyId));
}

export async function allowReport(db: Db, scope: Scope, reportId: number): Promise<void> {
  if (scope.kind === 'all') return;
  const report = await reportById(db, reportId);
  if (report) await allowUnit(db, scope, report.unitId);
}

export async function allowFact(db: Db, scope: Scope, factId: number): Promise<void> {
  if (scope.kind === 'all') return;
  const fact = await factById(db, factId);
  if (fact) await allowUnit(db, scope, fact.unitId);
}

/** An account's region given by an admin: inside the admin's own (only a whole-installation admin gives none). */
export async function allowRegion(db: Db, scope: Scope, regionId: number | null): Promise<void> {
  if (regionWithin(scope, regionId)) return;
  throw forbiddenRegion(
    regionId === null ? '全部地区' : ((await regionById(db, regionId))?.name ?? `地区 ${regionId}`),
  );
}

/** A region named on the command line (a province, city or county); unknown or shared names say so. */
export async function regionNamed(db: Db, name: string): Promise<number> {
  const found = (await listRegions(db)).filter((r) => r.name === name);
  if (found.length === 0)
    throw new ServiceError('unknown_county', `没有地区“${name}”（先导入该地区的报告，或在看板中新增县区）`);
  if (found.length > 1)
    throw new ServiceError(
      'ambiguous_county',
      `有 ${found.length} 个地区名为“${name}”，请在看板的“账户”页选择`,
    );
  return found[0]?.id ?? -1;
}

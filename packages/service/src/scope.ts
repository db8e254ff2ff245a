import type { Region } from '@fazhi/db';
import { ServiceError } from './errors.ts';

type Place = Pick<Region, 'id' | 'name' | 'level' | 'parentId'>;

/**
 * What an account may read and change: the whole installation (accounts without a region, and readers
 * when reading is open), or one province, city or county with every region below it.
 */
export type Scope =
  | { kind: 'all' }
  | {
      kind: 'region';
      region: { id: number; name: string };
      /** the region itself and every region below it */
      regionIds: ReadonlySet<number>;
      /** the counties among them */
      countyIds: ReadonlySet<number>;
    };

export const WHOLE: Scope = { kind: 'all' };

/** The scope of a region among all regions; an unknown region covers nothing. */
export function scopeIn(places: readonly Place[], regionId: number | null): Scope {
  if (regionId === null) return WHOLE;
  const children = new Map<number, Place[]>();
  for (const p of places) {
    if (p.parentId !== null) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);
  }
  const root = places.find((p) => p.id === regionId);
  const below: Place[] = [];
  for (let todo = root ? [root] : []; todo.length > 0; ) {
    const next = todo.pop();
    if (!next || below.includes(next)) continue;
    below.push(next);
    todo = [...todo, ...(children.get(next.id) ?? [])];
  }
  return {
    kind: 'region',
    region: { id: regionId, name: root?.name ?? `地区 ${regionId}` },
    regionIds: new Set(below.map((p) => p.id)),
    countyIds: new Set(below.filter((p) => p.level === 'county').map((p) => p.id)),
  };
}

/** Whether the scope reaches this county; a unit whose county is not known yet is the whole installation's. */
export function regionCovers(scope: Scope, countyId: number | null): boolean {
  if (scope.kind === 'all') return true;
  return countyId !== null && scope.countyIds.has(countyId);
}

/** Whether an account of this region (null: the whole installation) lies inside the scope. */
export function regionWithin(scope: Scope, regionId: number | null): boolean {
  if (scope.kind === 'all') return true;
  return regionId !== null && scope.regionIds.has(regionId);
}

export const forbiddenRegion = (name: string) =>
  new ServiceError('forbidden_region', `无权访问该地区：${name}`);

/** Throws forbidden_region (403) naming the county unless the scope reaches it. */
export function assertCovers(scope: Scope, countyId: number | null, name: string | null): void {
  if (!regionCovers(scope, countyId)) throw forbiddenRegion(name ?? '县区待指定');
}

/** The counties a scoped account may see, for narrowing a query; undefined for the whole installation. */
export const scopeCounties = (scope: Scope): number[] | undefined =>
  scope.kind === 'all' ? undefined : [...scope.countyIds];

/** Things that hold for every county alike (a year's deadlines) are changed only by a whole-installation account. */
export function assertWhole(scope: Scope, what: string): void {
  if (scope.kind !== 'all') throw forbiddenRegion(`全部地区（${what}适用于所有县区）`);
}

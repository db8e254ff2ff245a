import { indicatorsByGroup } from '@fazhi/catalog';
import { allUnits, type Db, listRegions, reportCountsByCounty, reportYears, type Unit } from '@fazhi/db';
import { resolveCounty } from './county.ts';
import type { IndicatorInfo, UnitRef } from './refs.ts';
import { regionCovers, type Scope, WHOLE } from './scope.ts';

export const unitRef = (u: Unit): UnitRef => ({
  id: u.id,
  name: u.name,
  type: u.type,
  sample: u.sample,
  population: u.population,
});

export function indicatorInfo(i: IndicatorInfo): IndicatorInfo {
  return { key: i.key, label: i.label, unit: i.unit, direction: i.direction, combine: i.combine };
}

/**
 * Every region a scope sees (its own region, the regions above it that name where it lies, and those below);
 * a county with its reports in force by year, so a first screen can open on the fullest one.
 */
export async function listRegionsView(db: Db, scope: Scope = WHOLE) {
  const counts = new Map<number, { year: number; count: number }[]>();
  for (const { countyId, year, count } of await reportCountsByCounty(db)) {
    counts.set(countyId, [...(counts.get(countyId) ?? []), { year, count }]);
  }
  const all = await listRegions(db);
  const above = new Set<number>();
  if (scope.kind === 'region') {
    for (let id: number | null = scope.region.id; id !== null && !above.has(id); ) {
      above.add(id);
      id = all.find((r) => r.id === id)?.parentId ?? null;
    }
  }
  const seen = (id: number) => scope.kind === 'all' || scope.regionIds.has(id) || above.has(id);
  return {
    regions: all
      .filter((r) => seen(r.id))
      .map((r) => ({
        id: r.id,
        name: r.name,
        level: r.level,
        parentId: r.parentId,
        reports: counts.get(r.id) ?? [],
      })),
  };
}

export async function listUnitsView(db: Db, county?: string, scope: Scope = WHOLE) {
  const countyId = county === undefined ? undefined : (await resolveCounty(db, county)).id;
  const units = (await allUnits(db)).filter(
    (u) => (countyId === undefined || u.countyId === countyId) && regionCovers(scope, u.countyId),
  );
  return { units: units.map((u) => ({ ...unitRef(u), county: u.county, villages: u.villages })) };
}

export function listIndicatorsView() {
  return { groups: indicatorsByGroup().map((g) => ({ ...g, indicators: g.indicators.map(indicatorInfo) })) };
}

export async function listYearsView(db: Db, county?: string, scope: Scope = WHOLE) {
  if (county !== undefined) return { years: await reportYears(db, (await resolveCounty(db, county)).id) };
  if (scope.kind === 'all') return { years: await reportYears(db) };
  const years = new Set<number>();
  for (const id of scope.countyIds) for (const y of await reportYears(db, id)) years.add(y);
  return { years: [...years].sort((a, b) => a - b) };
}

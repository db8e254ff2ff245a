import { indicatorsByGroup } from '@fazhi/catalog';
import { allUnits, type Db, listRegions, reportCountsByCounty, reportYears, type Unit } from '@fazhi/db';
import { resolveCounty } from './county.ts';
import type { IndicatorInfo, UnitRef } from './refs.ts';

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

/** Every region; a county with its reports in force by year, so a first screen can open on the fullest one. */
export function listRegionsView(db: Db) {
  const counts = new Map<number, { year: number; count: number }[]>();
  for (const { countyId, year, count } of reportCountsByCounty(db)) {
    counts.set(countyId, [...(counts.get(countyId) ?? []), { year, count }]);
  }
  return {
    regions: listRegions(db).map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level,
      parentId: r.parentId,
      reports: counts.get(r.id) ?? [],
    })),
  };
}

export function listUnitsView(db: Db, county?: string) {
  const countyId = county === undefined ? undefined : resolveCounty(db, county).id;
  const units = allUnits(db).filter((u) => countyId === undefined || u.countyId === countyId);
  return { units: units.map((u) => ({ ...unitRef(u), county: u.county, villages: u.villages })) };
}

export function listIndicatorsView() {
  return { groups: indicatorsByGroup().map((g) => ({ ...g, indicators: g.indicators.map(indicatorInfo) })) };
}

export function listYearsView(db: Db, county?: string) {
  return { years: reportYears(db, county === undefined ? undefined : resolveCounty(db, county).id) };
}

import { FOCUS_KEYS, type IndicatorKey, type ReportFlags } from '@fazhi/catalog';
import {
  type Db,
  keysByReport,
  reportsOfCounty,
  reportYears,
  reviewCounts,
  unitsOfCounty,
  unitsWithoutCounty,
} from '@fazhi/db';
import { UnitYearMap } from '@fazhi/values';
import { resolveCounty } from './county.ts';
import { unitRef } from './lists.ts';
import type { CountyRef, UnitRef } from './refs.ts';
import { type Scope, WHOLE } from './scope.ts';

/** A unit's year: its report in force (if any), facts found, focus indicators missing, flags. */
export interface UnitYearCompleteness {
  year: number;
  reportId: number | null;
  signedDate: string | null;
  facts: number;
  focusMissing: IndicatorKey[];
  flags: ReportFlags;
  /** 已审核: every focus figure of the report has been confirmed, corrected or rejected by a person */
  reviewed: boolean;
}

export interface Completeness {
  county: CountyRef;
  years: number[];
  units: { unit: UnitRef; years: UnitYearCompleteness[] }[];
  unitsWithoutCounty: UnitRef[];
}

const isReviewed = (c: { focus: number; reviewed: number } | undefined) =>
  c !== undefined && c.focus > 0 && c.reviewed === c.focus;

/** Units × years of a county: which reports are in, facts found, focus indicators missing, flags. */
export async function completeness(db: Db, countyRef: string, scope: Scope = WHOLE): Promise<Completeness> {
  const county = await resolveCounty(db, countyRef);
  const years = await reportYears(db, county.id);
  const reports = await reportsOfCounty(db, county.id);
  const keys = new Map<number, Set<string>>();
  for (const { reportId, key } of await keysByReport(db, county.id)) {
    const set = keys.get(reportId);
    if (set) set.add(key);
    else keys.set(reportId, new Set([key]));
  }
  const reportOf = new UnitYearMap<(typeof reports)[number]>();
  for (const r of reports) reportOf.set(r.unitId, r.year, r);
  const review = new Map((await reviewCounts(db, county.id, FOCUS_KEYS)).map((c) => [c.reportId, c]));
  const units = await unitsOfCounty(db, county.id);
  // units of no county yet belong to the whole installation, not to a region's accounts
  const countyless = scope.kind === 'all' ? (await unitsWithoutCounty(db)).map(unitRef) : [];
  return {
    county: { id: county.id, name: county.name },
    years,
    units: units.map((u) => ({
      unit: unitRef(u),
      years: years.map((year) => {
        const r = reportOf.get(u.id, year);
        const found = r ? (keys.get(r.id) ?? new Set<string>()) : new Set<string>();
        return {
          year,
          reportId: r?.id ?? null,
          signedDate: r?.signedDate ?? null,
          facts: r?.facts ?? 0,
          focusMissing: r ? FOCUS_KEYS.filter((k) => !found.has(k)) : [],
          flags: r ? r.flags : [],
          reviewed: isReviewed(r ? review.get(r.id) : undefined),
        };
      }),
    })),
    unitsWithoutCounty: countyless,
  };
}

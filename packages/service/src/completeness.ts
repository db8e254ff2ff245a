import { FOCUS_KEYS } from '@fazhi/catalog';
import type { CompletenessResponse } from '@fazhi/contract';
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
import type { z } from 'zod';
import { resolveCounty } from './county.ts';
import { unitRef } from './lists.ts';

const isReviewed = (c: { focus: number; reviewed: number } | undefined) =>
  c !== undefined && c.focus > 0 && c.reviewed === c.focus;

/** Units × years of a county: which reports are in, facts found, focus indicators missing, flags. */
export function completeness(db: Db, countyRef: string): z.infer<typeof CompletenessResponse> {
  const county = resolveCounty(db, countyRef);
  const years = reportYears(db, county.id);
  const reports = reportsOfCounty(db, county.id);
  const keys = new Map<number, Set<string>>();
  for (const { reportId, key } of keysByReport(db, county.id)) {
    const set = keys.get(reportId);
    if (set) set.add(key);
    else keys.set(reportId, new Set([key]));
  }
  const reportOf = new UnitYearMap<(typeof reports)[number]>();
  for (const r of reports) reportOf.set(r.unitId, r.year, r);
  const review = new Map(reviewCounts(db, county.id, FOCUS_KEYS).map((c) => [c.reportId, c]));
  return {
    county: { id: county.id, name: county.name },
    years,
    units: unitsOfCounty(db, county.id).map((u) => ({
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
    unitsWithoutCounty: unitsWithoutCounty(db).map(unitRef),
  };
}

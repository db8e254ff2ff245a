import type { ExtractResult } from '@fazhi/extract';

/** The `pnpm extract` output contract: one object per file. Outside evaluations read this shape. */
export function toReportJson(file: string, r: ExtractResult) {
  return {
    file,
    unit: r.meta.unit,
    unitType: r.meta.unitType,
    county: r.meta.county,
    city: r.meta.city,
    province: r.meta.province,
    year: r.meta.year,
    reportDate: r.meta.reportDate,
    // added after reportDate (the same date): the contract adds fields, never renames them
    signedOn: r.meta.signedOn,
    facts: r.facts.map((f) => ({
      key: f.key,
      value: f.value,
      qualifier: f.qualifier,
      year: f.year,
      derived: f.derived,
      role: f.role,
      start: f.start,
      end: f.end,
      text: f.text,
    })),
    values: r.values,
    flags: r.flags,
    // figures with a count measure word that no rule read: for a person, never in values
    unread: r.unread.map((u) => ({
      value: u.value,
      measure: u.measure,
      start: u.start,
      end: u.end,
      text: u.text,
    })),
  };
}

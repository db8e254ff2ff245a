import type { Db } from '@fazhi/db';
import type { CountyRef } from './refs.ts';
import { countyReuse } from './reuse.ts';
import { type Deadlines, type PartStatuses, submissionsView } from './submissions.ts';

/** One unit's report for the year as the office checks it: on time, in the required form, public, its own. */
export interface ComplianceRow {
  unitId: number;
  unit: string;
  /** null: no report (未报送) */
  reportId: number | null;
  received: string | null;
  /** the 报送日期 was set by an editor (else the first upload's day) */
  receivedSet: boolean;
  /** the date the report is signed, as the engine read it */
  signed: string | null;
  onTime: boolean | null;
  daysLate: number | null;
  /** a publication address is recorded (null: no report) */
  published: boolean | null;
  publishedUrl: string | null;
  publishedCheckedOn: string | null;
  /** each required part: present, token or missing; null: no report, or parts not read yet (pnpm reextract) */
  parts: PartStatuses | null;
  /** shares 0–1 of its own text found elsewhere; null: no report */
  reuse: {
    previousYear: number | null;
    peer: { unitId: number; unit: string; reportId: number; share: number } | null;
    previousReportId: number | null;
  } | null;
}

export interface Compliance {
  county: CountyRef;
  year: number;
  deadlines: Deadlines;
  rows: ComplianceRow[];
}

/** 报送与质量 of a county's year: every unit's report on time or late, its five parts, publication and reuse. */
export async function compliance(db: Db, countyRef: string, year: number): Promise<Compliance> {
  const submissions = await submissionsView(db, countyRef, year);
  const county = submissions.county;
  const reuse = await countyReuse(db, county.id, year);
  const rows = submissions.rows.map((s): ComplianceRow => {
    const r = s.reportId === null ? undefined : reuse.get(s.reportId);
    return {
      unitId: s.unit.id,
      unit: s.unit.name,
      reportId: s.reportId,
      received: s.received,
      receivedSet: s.receivedSet,
      signed: s.signed,
      onTime: s.onTime,
      daysLate: s.daysLate,
      published: s.reportId === null ? null : s.publishedUrl !== null,
      publishedUrl: s.publishedUrl,
      publishedCheckedOn: s.publishedCheckedOn,
      parts: s.parts,
      reuse: r
        ? {
            previousYear: r.previousYear?.share ?? null,
            previousReportId: r.previousYear?.reportId ?? null,
            peer: r.peer,
          }
        : null,
    };
  });
  return { county, year, deadlines: submissions.deadlines, rows };
}

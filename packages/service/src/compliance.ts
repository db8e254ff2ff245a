import { type PartStatus, REPORT_PARTS, type ReportPartKey } from '@fazhi/catalog';
import { type Db, deadlineFor, submissionsOf } from '@fazhi/db';
import { resolveCounty } from './county.ts';
import type { CountyRef } from './refs.ts';
import { countyReuse } from './reuse.ts';
import { type Deadlines, submissionsView } from './submissions.ts';

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
  parts: Record<ReportPartKey, PartStatus> | null;
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

const statuses = (parts: NonNullable<ReturnType<typeof submissionsOf>[number]['parts']>) =>
  Object.fromEntries(REPORT_PARTS.map((k) => [k, parts[k].status])) as Record<ReportPartKey, PartStatus>;

/** 报送与质量 of a county's year: every unit's report on time or late, its five parts, publication and reuse. */
export function compliance(db: Db, countyRef: string, year: number): Compliance {
  const county = resolveCounty(db, countyRef);
  const submissions = submissionsView(db, countyRef, year);
  const parts = new Map(submissionsOf(db, county.id, year).map((s) => [s.reportId, s.parts]));
  const reuse = countyReuse(db, county.id, year);
  const rows = submissions.rows.map((s): ComplianceRow => {
    const found = s.reportId === null ? undefined : parts.get(s.reportId);
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
      parts: found ? statuses(found) : null,
      reuse: r
        ? {
            previousYear: r.previousYear?.share ?? null,
            previousReportId: r.previousYear?.reportId ?? null,
            peer: r.peer,
          }
        : null,
    };
  });
  return { county: { id: county.id, name: county.name }, year, deadlines: deadlineFor(db, year), rows };
}

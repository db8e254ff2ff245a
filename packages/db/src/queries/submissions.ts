import type { ReportParts } from '@fazhi/catalog';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { StoreError } from '../errors.ts';
import { first, rows, writeTx, written } from '../run.ts';
import { type Deadline, deadlines, type Submission, submissions } from '../schema/index.ts';
import { appendChange } from './changes.ts';
import { currentReport } from './reports.ts';

/** What the office records of one unit-year's report beyond its text. */
export interface SubmissionRecord {
  unitId: number;
  year: number;
  /** the report in force */
  reportId: number;
  /** when its first version was uploaded (ISO time) */
  firstUploadedAt: string;
  /** the date the report is signed, as the engine read it (YYYY-MM-DD) */
  signedDate: string | null;
  receivedOn: string | null;
  publishedUrl: string | null;
  publishedCheckedOn: string | null;
  /** the required parts the engine found; null: extracted before parts were read (pnpm reextract) */
  parts: ReportParts | null;
}

/** Every unit of a county with a report in force for the year, with what is recorded of its submission. */
export async function submissionsOf(db: Db, countyId: number, year: number): Promise<SubmissionRecord[]> {
  const found = await rows<Omit<SubmissionRecord, 'parts'> & { parts: string | null }>(
    db,
    sql`
    select r.unit_id as "unitId", r.year as year, r.id as "reportId", r.parts as parts, r.signed_date as "signedDate",
      (select min(v.ingested_at) from reports v where v.unit_id = r.unit_id and v.year = r.year) as "firstUploadedAt",
      s.received_on as "receivedOn", s.published_url as "publishedUrl", s.published_checked_on as "publishedCheckedOn"
    from reports r
    join units u on u.id = r.unit_id
    left join submissions s on s.unit_id = r.unit_id and s.year = r.year
    where r.superseded_at is null and u.county_id = ${countyId} and r.year = ${year}
    order by r.unit_id`,
  );
  return found.map((r) => ({ ...r, parts: r.parts === null ? null : (JSON.parse(r.parts) as ReportParts) }));
}

export type SubmissionChanges = Partial<
  Pick<Submission, 'receivedOn' | 'publishedUrl' | 'publishedCheckedOn'>
>;

const snapshot = (s: Submission | undefined) =>
  s
    ? { receivedOn: s.receivedOn, publishedUrl: s.publishedUrl, publishedCheckedOn: s.publishedCheckedOn }
    : { receivedOn: null, publishedUrl: null, publishedCheckedOn: null };

/** An editor records the real 报送日期 or the publication of a unit-year's report; kept in the audit log. */
export function setSubmission(
  db: Db,
  unitId: number,
  year: number,
  changes: SubmissionChanges,
  actor: string,
  reason?: string,
): Promise<Submission> {
  return writeTx(db, async (tx) => {
    if (!(await currentReport(tx, unitId, year))) {
      throw new StoreError('report_not_found', `单位 ${unitId} 没有 ${year} 年度的报告，无法记录报送情况`);
    }
    const where = and(eq(submissions.unitId, unitId), eq(submissions.year, year));
    const before = await first(tx.select().from(submissions).where(where));
    const after = await written(
      before
        ? tx.update(submissions).set(changes).where(where).returning()
        : tx
            .insert(submissions)
            .values({ unitId, year, ...changes })
            .returning(),
    );
    await appendChange(tx, {
      entity: 'submission',
      entityId: after.id,
      actor,
      action: 'submission',
      before: { unitId, year, ...snapshot(before) },
      after: { unitId, year, ...snapshot(after) },
      reason: reason ?? null,
    });
    return after;
  });
}

/** The national rule when the office has set nothing: report by 1 March, publish by 1 April of the next year. */
export const defaultDeadline = (year: number): Deadline => ({
  year,
  reportBy: `${year + 1}-03-01`,
  publishBy: `${year + 1}-04-01`,
});

/** The deadlines for the reports of a year (the year reported on). */
export async function deadlineFor(db: Db, year: number): Promise<Deadline & { custom: boolean }> {
  const row = await first(db.select().from(deadlines).where(eq(deadlines.year, year)));
  return row ? { ...row, custom: true } : { ...defaultDeadline(year), custom: false };
}

/** An administrator sets a year's deadlines; kept in the audit log. */
export function setDeadline(
  db: Db,
  year: number,
  next: Pick<Deadline, 'reportBy' | 'publishBy'>,
  actor: string,
  reason?: string,
): Promise<Deadline> {
  return writeTx(db, async (tx) => {
    const before = await deadlineFor(tx, year);
    const after = await written(
      tx
        .insert(deadlines)
        .values({ year, ...next })
        .onConflictDoUpdate({ target: deadlines.year, set: next })
        .returning(),
    );
    await appendChange(tx, {
      entity: 'deadline',
      entityId: year,
      actor,
      action: 'deadline',
      before: { reportBy: before.reportBy, publishBy: before.publishBy },
      after: { reportBy: after.reportBy, publishBy: after.publishBy },
      reason: reason ?? null,
    });
    return after;
  });
}

/** The texts of a county's reports in force for some years, for comparing them with each other. */
export async function reportTextsOfCounty(
  db: Db,
  countyId: number,
  years: readonly number[],
): Promise<{ id: number; unitId: number; year: number; text: string }[]> {
  if (years.length === 0) return [];
  return rows<{ id: number; unitId: number; year: number; text: string }>(
    db,
    sql`
    select r.id as id, r.unit_id as "unitId", r.year as year, r.text as text
    from reports r join units u on u.id = r.unit_id
    where r.superseded_at is null and u.county_id = ${countyId}
      and r.year in (${sql.join(
        years.map((y) => sql`${y}`),
        sql`, `,
      )})
    order by r.year, r.unit_id`,
  );
}

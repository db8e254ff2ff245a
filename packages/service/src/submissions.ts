import { type PartStatus, REPORT_PARTS, type ReportPartKey, type ReportParts } from '@fazhi/catalog';
import {
  type Db,
  deadlineFor,
  StoreError,
  type SubmissionChanges,
  setDeadline,
  setSubmission,
  submissionsOf,
  unitsOfCounty,
} from '@fazhi/db';
import { resolveCounty } from './county.ts';
import { ServiceError } from './errors.ts';
import { unitRef } from './lists.ts';
import type { CountyRef, UnitRef } from './refs.ts';

/** The deadlines of one year's reports, and whether the office set them (else the national rule). */
export interface Deadlines {
  year: number;
  reportBy: string;
  publishBy: string;
  custom: boolean;
}

/** One unit's report for the year as handed in: received when, on time or late, published where. */
export interface SubmissionRow {
  unit: UnitRef;
  /** null: no report (未报送) */
  reportId: number | null;
  /** 报送日期 (YYYY-MM-DD): set by an editor, else the day its first version was uploaded (Beijing time) */
  received: string | null;
  receivedSet: boolean;
  /** the date the report is signed, as the engine read it */
  signed: string | null;
  onTime: boolean | null;
  daysLate: number | null;
  publishedUrl: string | null;
  publishedCheckedOn: string | null;
  /** each required part present, token or missing; null: no report, or parts not read yet (pnpm reextract) */
  parts: PartStatuses | null;
}

export type PartStatuses = Record<ReportPartKey, PartStatus>;

/** The status of each part the engine found, for a row of a table. */
const statusesOf = (parts: ReportParts): PartStatuses =>
  Object.fromEntries(REPORT_PARTS.map((k) => [k, parts[k].status])) as PartStatuses;

export interface Submissions {
  county: CountyRef;
  year: number;
  deadlines: Deadlines;
  rows: SubmissionRow[];
}

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** The calendar day in China (UTC+8) of an ISO time, as an office counts a deadline. */
export const beijingDay = (iso: string): string =>
  new Date(Date.parse(iso) + BEIJING).toISOString().slice(0, 10);

/** Received by the deadline day (inclusive) is on time; after it, late by whole days. */
export function lateness(received: string, due: string): { onTime: boolean; daysLate: number } {
  const days = Math.round((Date.parse(received) - Date.parse(due)) / DAY);
  return { onTime: days <= 0, daysLate: Math.max(0, days) };
}

/** Every unit of a county for one year: its report as handed in (or none), against the year's deadlines. */
export async function submissionsView(db: Db, countyRef: string, year: number): Promise<Submissions> {
  const county = await resolveCounty(db, countyRef);
  const deadlines = await deadlineFor(db, year);
  const byUnit = new Map((await submissionsOf(db, county.id, year)).map((s) => [s.unitId, s]));
  const rows = (await unitsOfCounty(db, county.id)).map((u): SubmissionRow => {
    const s = byUnit.get(u.id);
    if (!s) {
      const none = {
        reportId: null,
        received: null,
        receivedSet: false,
        signed: null,
        onTime: null,
        daysLate: null,
      };
      return { unit: unitRef(u), ...none, publishedUrl: null, publishedCheckedOn: null, parts: null };
    }
    const received = s.receivedOn ?? beijingDay(s.firstUploadedAt);
    return {
      unit: unitRef(u),
      reportId: s.reportId,
      received,
      receivedSet: s.receivedOn !== null,
      signed: s.signedDate,
      ...lateness(received, deadlines.reportBy),
      publishedUrl: s.publishedUrl,
      publishedCheckedOn: s.publishedCheckedOn,
      parts: s.parts ? statusesOf(s.parts) : null,
    };
  });
  return { county: { id: county.id, name: county.name }, year, deadlines, rows };
}

async function translate<T>(act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (err) {
    if (err instanceof StoreError && err.code === 'report_not_found')
      throw new ServiceError('unknown_report', err.message);
    throw err;
  }
}

/** What is recorded of a unit-year's report beyond its text, after a change. */
export interface SubmissionRecorded {
  unitId: number;
  year: number;
  receivedOn: string | null;
  publishedUrl: string | null;
  publishedCheckedOn: string | null;
}

/** An editor records a unit-year's real 报送日期 or its publication (audited). */
export async function recordSubmission(
  db: Db,
  unitId: number,
  year: number,
  changes: SubmissionChanges & { reason?: string | undefined },
  actor: string,
): Promise<SubmissionRecorded> {
  const { reason, ...fields } = changes;
  const s = await translate(() => setSubmission(db, unitId, year, fields, actor, reason));
  return {
    unitId: s.unitId,
    year: s.year,
    receivedOn: s.receivedOn,
    publishedUrl: s.publishedUrl,
    publishedCheckedOn: s.publishedCheckedOn,
  };
}

/** An administrator sets the deadlines of a year's reports (audited). */
export async function changeDeadlines(
  db: Db,
  year: number,
  next: { reportBy: string; publishBy: string; reason?: string | undefined },
  actor: string,
): Promise<Deadlines> {
  if (next.publishBy < next.reportBy) throw new ServiceError('bad_request', '公开期限不能早于报送期限');
  const { reason, ...dates } = next;
  await setDeadline(db, year, dates, actor, reason);
  return deadlineFor(db, year);
}

/** The deadlines of a year's reports. */
export const deadlinesView = (db: Db, year: number): Promise<Deadlines> => deadlineFor(db, year);

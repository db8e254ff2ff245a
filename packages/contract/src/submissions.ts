import { PART_STATUSES } from '@fazhi/catalog';
import { z } from 'zod';
import { CountyRef, Id, query, UnitRef, Year } from './primitives.ts';

const Reason = z.string().trim().max(500).optional();
const PartStatus = z.enum(PART_STATUSES);
/** each required part present, token or missing; null: no report, or not read yet (pnpm reextract) */
const PartStatuses = z
  .object({
    measures: PartStatus,
    shortcomings: PartStatus,
    leadership: PartStatus,
    nextYear: PartStatus,
    other: PartStatus,
  })
  .nullable();

/** A calendar day, YYYY-MM-DD, that exists (no 2 月 30 日). */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD，如 2025-02-28')
  .refine((d) => {
    // the pattern above speaks for text of another form; this only for a well-formed day that is not one
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return true;
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, '没有这一天');

export const SubmissionsQuery = query({ county: z.string().min(1, '请选择县区'), year: Year });
export const SubmissionParams = z.object({ unitId: Id, year: Year });
export const SubmissionBody = z
  .object({
    /** 报送日期; null goes back to the first upload's day */
    receivedOn: Day.nullable().optional(),
    /** 公开网址 */
    publishedUrl: z
      .string()
      .trim()
      .url('公开网址应为完整网址，如 https://www.example.gov.cn/…')
      .max(500)
      .nullable()
      .optional(),
    /** the day someone checked that address */
    publishedCheckedOn: Day.nullable().optional(),
    reason: Reason,
  })
  .refine(
    (b) => b.receivedOn !== undefined || b.publishedUrl !== undefined || b.publishedCheckedOn !== undefined,
    '没有要修改的内容',
  );
export const SubmissionResponse = z.object({
  unitId: z.number(),
  year: z.number(),
  receivedOn: z.string().nullable(),
  publishedUrl: z.string().nullable(),
  publishedCheckedOn: z.string().nullable(),
});

export const DeadlineParams = z.object({ year: Year });
export const DeadlineBody = z.object({ reportBy: Day, publishBy: Day, reason: Reason });
export const DeadlineResponse = z.object({
  /** the year reported on */
  year: z.number(),
  reportBy: z.string(),
  publishBy: z.string(),
  /** false: the national rule (1 March and 1 April of the following year), nobody set it */
  custom: z.boolean(),
});

export const SubmissionsResponse = z.object({
  county: CountyRef,
  year: z.number(),
  deadlines: DeadlineResponse,
  rows: z.array(
    z.object({
      unit: UnitRef,
      /** null: no report (未报送) */
      reportId: z.number().nullable(),
      /** 报送日期: set by an editor, else the day (Beijing time) its first version was uploaded */
      received: z.string().nullable(),
      receivedSet: z.boolean(),
      /** the date the report is signed, as the engine read it */
      signed: z.string().nullable(),
      onTime: z.boolean().nullable(),
      daysLate: z.number().nullable(),
      publishedUrl: z.string().nullable(),
      publishedCheckedOn: z.string().nullable(),
      parts: PartStatuses,
    }),
  ),
});

export const ReuseQuery = query({ against: Id });
const ReuseSide = z.object({
  reportId: z.number(),
  unitId: z.number(),
  unit: z.string(),
  year: z.number(),
  /** the share (0–1) of this report's own text, boilerplate aside, found in the other */
  share: z.number(),
  /** spans of this report's text found in the other; `other` is the matching passage's index there */
  passages: z.array(
    z.object({ start: z.number(), end: z.number(), text: z.string(), other: z.number().nullable() }),
  ),
});
export const ReuseResponse = z.object({ report: ReuseSide, against: ReuseSide });

export const ComplianceQuery = query({ county: z.string().min(1, '请选择县区'), year: Year });
export const ComplianceResponse = z.object({
  county: CountyRef,
  year: z.number(),
  deadlines: DeadlineResponse,
  rows: z.array(
    z.object({
      unitId: z.number(),
      unit: z.string(),
      /** null: no report (未报送) */
      reportId: z.number().nullable(),
      received: z.string().nullable(),
      /** the 报送日期 was set by an editor (else the first upload's day) */
      receivedSet: z.boolean(),
      /** the date the report is signed, as the engine read it */
      signed: z.string().nullable(),
      onTime: z.boolean().nullable(),
      daysLate: z.number().nullable(),
      /** a publication address is recorded; null: no report */
      published: z.boolean().nullable(),
      publishedUrl: z.string().nullable(),
      publishedCheckedOn: z.string().nullable(),
      parts: PartStatuses,
      /** shares 0–1 of the report's own text (boilerplate aside) found elsewhere; null: no report */
      reuse: z
        .object({
          previousYear: z.number().nullable(),
          previousReportId: z.number().nullable(),
          peer: z
            .object({ unitId: z.number(), unit: z.string(), reportId: z.number(), share: z.number() })
            .nullable(),
        })
        .nullable(),
    }),
  ),
});

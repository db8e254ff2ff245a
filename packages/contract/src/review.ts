import { z } from 'zod';
import { CountyRef, IndicatorRef, query, UnitRef, Year } from './primitives.ts';
import { FactBody, UnreadBody } from './records.ts';

export const AuditEntity = z.enum(['fact', 'unit', 'region', 'user', 'submission', 'deadline']);
export const AuditQuery = query({
  entity: AuditEntity.optional(),
  entityId: z.coerce.number().int().positive().optional(),
  actor: z.string().trim().max(80).optional(),
  action: z.string().trim().max(40).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2024-01-31')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2024-01-31')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  size: z.coerce.number().int().min(1).max(200).default(50),
});
export const AuditListResponse = z.object({
  total: z.number(),
  page: z.number(),
  size: z.number(),
  entries: z.array(
    z.object({
      id: z.number(),
      entity: AuditEntity,
      entityId: z.number().nullable(),
      /** what the entry is about, in words (unit name, indicator and unit, account) */
      subject: z.string(),
      actor: z.string(),
      at: z.string(),
      action: z.string(),
      before: z.unknown().nullable(),
      after: z.unknown().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});

export const ReviewQuery = query({
  county: z.string().min(1).optional(),
  /** a unit's id (of the county, when one is named) */
  unit: z.coerce
    .number({ error: '单位应写编号（正整数），如 12' })
    .int('单位应写编号（正整数），如 12')
    .positive('单位应写编号（正整数），如 12')
    .optional(),
  indicator: IndicatorRef.optional(),
  /** the year the figure is for (a report may also give last year's figure) */
  year: Year.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ReviewReason = z.object({
  code: z.enum(['pending', 'flag', 'big_change', 'uncertain', 'new_report', 'focus']),
  label: z.string(),
});
export const ReviewItem = z.object({
  fact: FactBody,
  report: z.object({ id: z.number(), year: z.number(), unit: UnitRef, county: CountyRef.nullable() }),
  reasons: z.array(ReviewReason),
  score: z.number(),
  /** for a pending figure: the decisions people made on the same key and year, which it waits beside */
  beside: z.array(FactBody),
});
export const UnreadItem = z.object({
  figure: UnreadBody,
  report: z.object({ id: z.number(), year: z.number(), unit: UnitRef, county: CountyRef.nullable() }),
});
export const ReviewResponse = z.object({
  /** facts not yet looked at (auto or pending) in reports in force */
  total: z.number(),
  items: z.array(ReviewItem),
  /**
   * 未识别的数字 still offered in reports in force, narrowed by county, unit and year (the report's); none when
   * an indicator is asked, since they have none
   */
  unread: z.object({ total: z.number(), items: z.array(UnreadItem) }),
});

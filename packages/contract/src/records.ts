import { FLAG_TYPES } from '@fazhi/catalog';
import { z } from 'zod';
import {
  CountyRef,
  DivisionCandidate,
  FactStatus,
  IndicatorKey,
  Qualifier,
  query,
  ReportFormat,
  UnitChain,
  UnitNameInput,
  UnitRef,
  ValueQualifier,
} from './primitives.ts';
import { Cell } from './read.ts';

export const ReportSummary = z.object({
  id: z.number(),
  year: z.number(),
  title: z.string().nullable(),
  signedDate: z.string().nullable(),
  sourceName: z.string(),
  format: ReportFormat,
  sample: z.boolean(),
  ingestedAt: z.string(),
});

export const UnitProfileResponse = z.object({
  unit: UnitRef.extend({
    villages: z.number().nullable(),
    aliases: z.array(z.string()),
    /** null: no division code is stored for the unit (no chain is made up) */
    chain: UnitChain.nullable(),
  }),
  county: CountyRef.nullable(),
  reports: z.array(ReportSummary),
  cells: z.array(Cell),
  /** the years any unit of the unit's county has a report: a year of these without one of its own is 未报送 */
  countyYears: z.array(z.number()),
});

export const FactBody = z.object({
  id: z.number(),
  reportId: z.number(),
  unitId: z.number(),
  key: IndicatorKey,
  year: z.number(),
  value: z.number(),
  qualifier: Qualifier,
  role: z.enum(['total', 'part']).nullable(),
  derived: z.boolean(),
  /** [start, end) in the report text, JavaScript string indices; null when the sentence is not in this version */
  spanStart: z.number().nullable(),
  spanEnd: z.number().nullable(),
  evidence: z.string(),
  status: FactStatus,
  updatedAt: z.string(),
});

export const Flag = z.object({
  type: z.enum(FLAG_TYPES),
  message: z.string(),
  keys: z.array(IndicatorKey),
  start: z.number().nullable(),
  end: z.number().nullable(),
});

/**
 * 未识别的数字: a figure with a count measure word that no rule read as an indicator, still offered (no fact
 * covers it). For an editor to add as a fact; never counted in values.
 */
export const UnreadBody = z.object({
  id: z.number(),
  reportId: z.number(),
  value: z.number(),
  qualifier: Qualifier,
  /** the measure word after the number: 次, 场, 件, 人次 … */
  measure: z.string(),
  /** [start, end) of the clause around the figure in the report text, and that clause */
  spanStart: z.number(),
  spanEnd: z.number(),
  evidence: z.string(),
  /** [start, end) of the number itself with its measure word */
  figureStart: z.number(),
  figureEnd: z.number(),
});

export const ReportResponse = z.object({
  report: ReportSummary.extend({
    unit: UnitRef.extend({ chain: UnitChain.nullable() }),
    county: CountyRef.nullable(),
    text: z.string(),
    extractorVersion: z.string(),
  }),
  facts: z.array(FactBody),
  flags: z.array(Flag),
  /** figures no rule read, not yet added as facts */
  unread: z.array(UnreadBody),
});

export const AuditEntry = z.object({
  id: z.number(),
  actor: z.string(),
  at: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
});
export const FactResponse = z.object({ fact: FactBody, audit: z.array(AuditEntry) });

export const CompletenessQuery = query({ county: z.string().min(1) });
export const CompletenessResponse = z.object({
  county: CountyRef,
  years: z.array(z.number()),
  units: z.array(
    z.object({
      unit: UnitRef,
      years: z.array(
        z.object({
          year: z.number(),
          reportId: z.number().nullable(),
          signedDate: z.string().nullable(),
          facts: z.number(),
          focusMissing: z.array(IndicatorKey),
          flags: z.array(Flag),
          /** 已审核: every focus figure of the report has been confirmed, corrected or rejected by a person */
          reviewed: z.boolean(),
        }),
      ),
    }),
  ),
  unitsWithoutCounty: z.array(UnitRef),
});

export const FactDecision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm'), reason: z.string().max(500).optional() }),
  z.object({
    action: z.literal('correct'),
    value: z.number().nonnegative(),
    qualifier: Qualifier.optional(),
    reason: z.string().min(1, '更正必须说明理由').max(500),
  }),
  z.object({ action: z.literal('reject'), reason: z.string().min(1, '驳回必须说明理由').max(500) }),
]);
export const NewFact = z.object({
  reportId: z.number().int().positive(),
  key: IndicatorKey,
  year: z.number().int().min(1990).max(2100),
  value: z.number().nonnegative(),
  qualifier: Qualifier.default('exact'),
  evidence: z.string().min(1, '请填写依据原文').max(500),
  spanStart: z.number().int().nonnegative().nullable().optional(),
  spanEnd: z.number().int().nonnegative().nullable().optional(),
  reason: z.string().max(500).optional(),
});

export const UploadOutcome = z.object({
  file: z.string(),
  status: z.enum(['ingested', 'replaced', 'unchanged', 'rejected']),
  reportId: z.number().nullable(),
  unit: z.string().nullable(),
  county: z.string().nullable(),
  year: z.number().nullable(),
  facts: z.number().nullable(),
  code: z.string().nullable(),
  message: z.string().nullable(),
  /** code ambiguous_unit: the namesake divisions of the unit's name; naming the county settles it */
  candidates: z.array(DivisionCandidate).nullable(),
});
export const UploadResponse = z.object({ outcomes: z.array(UploadOutcome) });
export const UploadQuery = query({
  county: z.string().min(1).optional(),
  unit: UnitNameInput.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

export { ValueQualifier };

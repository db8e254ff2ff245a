import { DIRECTIONS } from '@fazhi/catalog';
import { z } from 'zod';
import {
  Change,
  CountyRef,
  csv,
  IndicatorKey,
  IndicatorRef,
  query,
  UnitGroup,
  UnitRef,
  UnitType,
  ValueQualifier,
  ValueState,
  ValueStatus,
  Year,
  YearList,
} from './primitives.ts';

export const RegionsResponse = z.object({
  regions: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      level: z.enum(['province', 'city', 'county']),
      parentId: z.number().nullable(),
      /** a county's reports in force by year, oldest first (empty for provinces and cities) */
      reports: z.array(z.object({ year: z.number(), count: z.number() })),
    }),
  ),
});

export const UnitsQuery = query({ county: z.string().min(1).optional() });
export const UnitsResponse = z.object({
  units: z.array(UnitRef.extend({ county: z.string().nullable(), villages: z.number().nullable() })),
});

export const IndicatorInfo = z.object({
  key: IndicatorKey,
  label: z.string(),
  unit: z.string(),
  /** which way is better; neither for a caseload, ranked by size and never called better or worse */
  direction: z.enum(DIRECTIONS),
  combine: z.enum(['sum', 'rate', 'derived']),
});
export const IndicatorsResponse = z.object({
  groups: z.array(
    z.object({ key: z.string(), label: z.string(), focus: z.boolean(), indicators: z.array(IndicatorInfo) }),
  ),
});

export const YearsQuery = query({ county: z.string().min(1).optional() });
export const YearsResponse = z.object({ years: z.array(z.number()) });

/** A unit-year value of one indicator and where it came from. Not reported = no cell, never 0. */
export const Cell = z.object({
  unitId: z.number(),
  year: z.number(),
  key: IndicatorKey,
  value: z.number(),
  qualifier: ValueQualifier,
  status: ValueStatus,
  /** report: from that year's own report; later_report: only from a later report's comparison (比上年) */
  source: z.enum(['report', 'later_report']),
  factIds: z.array(z.number()),
  /** against the year before; null when either year is missing */
  change: Change.nullable(),
});

export const CompareQuery = query({
  county: z.string().min(1),
  indicators: csv(IndicatorRef).optional(),
  years: YearList.optional(),
});
/** The compare export: the screen's year against a base year, for one group of units. */
export const CompareExportQuery = query({
  county: z.string().min(1),
  indicators: csv(IndicatorRef).optional(),
  /** the long sheet's years; default every year with reports */
  years: YearList.optional(),
  /** the wide sheet's 本年; default the newest year compared */
  year: Year.optional(),
  /** the wide sheet's base year; default the year before `year` */
  base: Year.optional(),
  /** all (default, like the JSON comparison), towns or departments */
  group: UnitGroup.default('all'),
});
export const CompareResponse = z.object({
  county: CountyRef,
  years: z.array(z.number()),
  indicators: z.array(IndicatorInfo),
  /**
   * reported: the years shown in which the unit has a report in force. A unit-year-indicator without a
   * cell is 未提及 when the year is listed here, 未报送 when it is not.
   */
  units: z.array(UnitRef.extend({ reported: z.array(z.number()) })),
  cells: z.array(Cell),
  /** years shown in which no unit of the county has a report in force (said once, not per unit) */
  emptyYears: z.array(z.number()),
  /** the newest ingest or review in the data shown */
  asOf: z.string().nullable(),
});

export const RankingQuery = query({
  county: z.string().min(1),
  indicator: IndicatorRef,
  year: Year,
  /** towns: 乡镇与街道 (default); departments: 县直部门; all */
  group: UnitGroup.default('towns'),
  per10k: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(false),
});
export const RankingRow = z.object({
  unit: UnitRef,
  /** null: not ranked (no figure, small base, or no population for per-10k) */
  rank: z.number().nullable(),
  tied: z.boolean(),
  /** value, or why there is none: not_mentioned (未提及) or no_report (未报送); never 0 */
  state: ValueState,
  value: z.number().nullable(),
  qualifier: ValueQualifier.nullable(),
  status: ValueStatus.nullable(),
  factIds: z.array(z.number()),
  /** value per 10,000 residents, when asked and the population is known */
  per10k: z.number().nullable(),
  /** the count a rate is taken of (调解成功率 → 纠纷件数), when stated */
  base: z.number().nullable(),
  smallBase: z.boolean(),
  previous: z
    .object({
      value: z.number(),
      qualifier: ValueQualifier,
      rank: z.number().nullable(),
      /** the facts behind last year's figure */
      factIds: z.array(z.number()),
    })
    .nullable(),
  /** last year's figure, or why there is none */
  previousState: ValueState,
  change: Change.extend({ rank: z.number().nullable() }).nullable(),
});
export const RankingResponse = z.object({
  county: CountyRef,
  indicator: IndicatorInfo,
  year: z.number(),
  group: UnitGroup,
  per10k: z.boolean(),
  minBase: z.number(),
  asOf: z.string().nullable(),
  /** share of the ranked values a person has reviewed (confirmed or corrected), 0–1 */
  reviewedShare: z.number(),
  /**
   * units of the group with a report in force for the year. 0: the year is empty, said once; rows then
   * hold only figures a later report gave for it (usually none), not every unit as 未报送.
   */
  reported: z.number(),
  rows: z.array(RankingRow),
});

export const UnitTypeSchema = UnitType;

import { z } from 'zod';
import { AbsentCounts, CountyRef, Qualifier, query, UnitGroup, ValueQualifier, Year } from './primitives.ts';
import { IndicatorInfo } from './read.ts';

export const OverviewQuery = query({
  county: z.string().min(1),
  /** default: the newest year with a report */
  year: Year.optional(),
  /** towns: 乡镇与街道 (default); departments: 县直部门; all */
  group: UnitGroup.default('towns'),
});

/** The unit at one end of the county's range, with the facts behind its figure. */
export const Leader = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  value: z.number(),
  qualifier: ValueQualifier,
  factIds: z.array(z.number()),
});

/** A county-wide figure of one indicator: counts summed, rates as the median of the units' rates. */
export const Headline = z.object({
  indicator: IndicatorInfo,
  /** sum: total over the units that reported it; median: the middle of their rates */
  measure: z.enum(['sum', 'median']),
  /** null: no unit reported it this year (never 0) */
  value: z.number().nullable(),
  /** exact: every part exact; over: some parts 余/多; about: some parts 约/近/不足 */
  // a total of figures is exact, or over or about when one of them is
  qualifier: Qualifier.extract(['exact', 'over', 'about']).nullable(),
  /** units that reported it this year */
  units: z.number(),
  /** units of the scope without it this year: no report (未报送), or a report that does not mention it (未提及) */
  absent: AbsentCounts,
  /** for rates: the lowest and highest unit rate */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** the best and the worst unit in the indicator's own direction (worst is null with one unit) */
  best: Leader.nullable(),
  worst: Leader.nullable(),
  /** against last year, on the units that reported it in both years only (同口径) */
  change: z
    .object({
      abs: z.number(),
      /** null when last year's figure was 0 */
      pct: z.number().nullable(),
      units: z.number(),
      /** the figure of those units this year and last year (the two ends of the change) */
      current: z.number(),
      previous: z.number(),
    })
    .nullable(),
});

export const OverviewResponse = z.object({
  county: CountyRef,
  year: z.number().nullable(),
  /** every unit of the county is sample data */
  sample: z.boolean(),
  /** units of the county, and how many sent a report for the year (0: the year is empty, said once) */
  units: z.number(),
  reported: z.number(),
  groups: z.array(z.object({ key: z.string(), label: z.string(), headlines: z.array(Headline) })),
  asOf: z.string().nullable(),
});

import { FOCUS_GROUPS, REPORT_PARTS } from '@fazhi/catalog';
import { z } from 'zod';
import { Headline } from './overview.ts';
import {
  AbsentCounts,
  Bool,
  CountyRef,
  IndicatorKey,
  PeerGroup,
  query,
  ValueQualifier,
  ValueState,
  ValueStatus,
  Year,
} from './primitives.ts';
import { IndicatorInfo } from './read.ts';

export const FocusGroup = z.enum(FOCUS_GROUPS);

export const BriefingQuery = query({
  county: z.string().min(1),
  /** default: the newest year with a report */
  year: Year.optional(),
  /** one focus group (学法培训, 矛盾纠纷化解, 普法宣传, 行政复议与应诉); default: all four */
  focus: FocusGroup.optional(),
});

/** The PDF: one A4 portrait page by default; with the annex (annex=1), every sentence and every unit after it. */
export const BriefingPdfQuery = query({ ...BriefingQuery.shape, annex: Bool.optional() });

/**
 * A piece of a computed sentence: plain words, a unit's figure (its facts open the sentence it came
 * from) or a county total (opens the ranking of that indicator, where every unit's figure opens its own).
 */
export const SentencePart = z.union([
  z.string(),
  z.object({ text: z.string(), facts: z.array(z.number()) }),
  z.object({ text: z.string(), indicator: IndicatorKey, year: z.number() }),
]);
export const Sentence = z.object({
  kind: z.enum(['coverage', 'submissions', 'total', 'leaders', 'outcomes']),
  parts: z.array(SentencePart),
});

/** A unit's place on one indicator in the briefing's tables and charts. */
export const BriefingEntry = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  rank: z.number().nullable(),
  tied: z.boolean(),
  value: z.number(),
  qualifier: ValueQualifier,
  status: ValueStatus,
  factIds: z.array(z.number()),
});

export const BriefingLeaders = z.object({
  indicator: IndicatorInfo,
  /** the units compared: 乡镇（街道） or 县直部门 */
  peers: PeerGroup,
  /** units ranked, and units that reported it but were not ranked (a rate on too small a base) */
  ranked: z.number(),
  unranked: z.number(),
  /** peers without the figure: 未报送 and 未提及 */
  absent: AbsentCounts,
  top: z.array(BriefingEntry),
  bottom: z.array(BriefingEntry),
});

/** Figures for one chart: per unit this year and last, per year, or reconsideration outcomes. */
export const BriefingChart = z.object({
  kind: z.enum(['units', 'trend', 'outcomes']),
  title: z.string(),
  unit: z.string(),
  /** series names, e.g. 2023年 and 2022年 */
  series: z.array(z.string()),
  rows: z.array(
    z.object({
      label: z.string(),
      /** one per series; null: no figure (never 0), and `states` says why */
      values: z.array(z.number().nullable()),
      states: z.array(ValueState),
      facts: z.array(z.array(z.number())),
    }),
  ),
});

export const BriefingSection = z.object({
  key: FocusGroup,
  label: z.string(),
  sentences: z.array(Sentence),
  leaders: z.array(BriefingLeaders),
});

export const BriefingResponse = z.object({
  county: CountyRef,
  year: z.number(),
  focus: FocusGroup.nullable(),
  /** every unit of the county is sample data */
  sample: z.boolean(),
  title: z.string(),
  asOf: z.string().nullable(),
  /** figures of the briefing's indicators in the year that a person confirmed or corrected */
  reviewed: z.object({ values: z.number(), total: z.number() }),
  /** units of the county, how many sent a report for the year, and the names of those that did not */
  units: z.object({ total: z.number(), reported: z.number(), noReport: z.array(z.string()) }),
  indicators: z.array(IndicatorInfo),
  headlines: z.array(
    Headline.omit({ best: true, worst: true }).extend({
      /** a rate's median is over these peers; null: a count summed over the whole county */
      peers: PeerGroup.nullable(),
      /** the population in words, as the table and the text say it: 全县合计, 各乡镇（街道）中位数 */
      statistic: z.string(),
    }),
  ),
  /** coverage, then how the reports were handed in (on time, late, missing parts) */
  summary: z.array(Sentence),
  /** the figures of the submissions sentence: units on time, late, without a report; parts reports lack */
  submissions: z.object({
    units: z.number(),
    onTime: z.number(),
    late: z.number(),
    noReport: z.number(),
    /** only parts some received report lacks, in the regulation's order */
    missingParts: z.array(z.object({ part: z.enum(REPORT_PARTS), label: z.string(), reports: z.number() })),
  }),
  /** the three sentences that matter most: the text of the one-page briefing (sections: the annex's) */
  highlights: z.array(Sentence),
  /** every sentence and who leads and lags, by focus group; leaders only of indicators better one way */
  sections: z.array(BriefingSection),
  /** the first is the one page's chart; the others are the annex's */
  charts: z.array(BriefingChart),
  /** every unit's figures on the headline indicators: the appendix table */
  table: z.object({
    indicators: z.array(IndicatorInfo),
    rows: z.array(
      z.object({
        unit: z.object({ id: z.number(), name: z.string(), type: z.string() }),
        /** the unit has a report in force for the year: a null cell is 未提及 if so, 未报送 if not */
        reported: z.boolean(),
        cells: z.array(
          BriefingEntry.omit({ unit: true, rank: true, tied: true })
            .extend({ previous: z.number().nullable() })
            .nullable(),
        ),
      }),
    ),
  }),
});

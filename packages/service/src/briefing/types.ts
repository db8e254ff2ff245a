import type {
  FocusGroup,
  IndicatorKey,
  PeerGroup,
  UnitType,
  ValueQualifier,
  ValueStatus,
} from '@fazhi/catalog';
import type { ValueState } from '@fazhi/catalog/wording';
import type { headlineFigures } from '../headline.ts';
import type { CountyRef, IndicatorInfo } from '../refs.ts';
import type { absentCounts } from '../states.ts';
import type { SubmissionCounts } from './submissions.ts';

/** Peers without a figure: 未报送 and 未提及. */
export type AbsentCounts = ReturnType<typeof absentCounts>;

/**
 * A piece of a computed sentence: plain words, a unit's figure (its facts open the sentence it came from)
 * or a county total (opens the ranking of that indicator).
 */
export type Part =
  | string
  | { text: string; facts: number[] }
  | { text: string; indicator: IndicatorKey; year: number };

export interface Sentence {
  kind: 'coverage' | 'submissions' | 'total' | 'leaders' | 'outcomes';
  parts: Part[];
}

/** A unit's figure in the briefing's tables. */
export interface Figure {
  value: number;
  qualifier: ValueQualifier;
  status: ValueStatus;
  factIds: number[];
}

/** A unit's place on one indicator among its peers. */
export interface LeaderEntry extends Figure {
  unit: { id: number; name: string };
  rank: number | null;
  tied: boolean;
}

/** Who ranks first and last on one indicator among peers. */
export interface Leaders {
  indicator: IndicatorInfo;
  peers: PeerGroup;
  /** units ranked, and units that gave it but were not ranked (a rate on too small a base) */
  ranked: number;
  unranked: number;
  absent: AbsentCounts;
  top: LeaderEntry[];
  bottom: LeaderEntry[];
}

/** Figures for one chart: per unit this year and last, per year, or reconsideration outcomes. */
export interface Chart {
  kind: 'units' | 'trend' | 'outcomes';
  title: string;
  unit: string;
  series: string[];
  /** one value per series; null: no figure (never 0), and `states` says why */
  rows: { label: string; values: (number | null)[]; states: ValueState[]; facts: number[][] }[];
}

/** A county-wide figure of a headline indicator, with the units that lack it. */
export type BriefingHeadline = ReturnType<typeof headlineFigures> & {
  indicator: IndicatorInfo;
  /** a rate's median is over these peers; null: a count summed over the whole county */
  peers: PeerGroup | null;
  /** the population in words, as the table and the text both say it: 全县合计, 各乡镇（街道）中位数 */
  statistic: string;
  absent: AbsentCounts;
};

export interface Briefing {
  county: CountyRef;
  year: number;
  focus: FocusGroup | null;
  /** every unit of the county is sample data */
  sample: boolean;
  title: string;
  asOf: string | null;
  /** figures of the briefing's indicators in the year that a person confirmed or corrected */
  reviewed: { values: number; total: number };
  units: { total: number; reported: number; noReport: string[] };
  indicators: IndicatorInfo[];
  headlines: BriefingHeadline[];
  /** coverage, then how the reports were handed in (on time, late, missing parts) */
  summary: Sentence[];
  /** the figures of the submissions sentence */
  submissions: SubmissionCounts;
  /** the three sentences that matter most: the one-page briefing's text */
  highlights: Sentence[];
  sections: { key: FocusGroup; label: string; sentences: Sentence[]; leaders: Leaders[] }[];
  charts: Chart[];
  /** every unit's figures on the headline indicators: the appendix table */
  table: {
    indicators: IndicatorInfo[];
    rows: {
      unit: { id: number; name: string; type: UnitType };
      /** a null cell is 未提及 when the unit reported, 未报送 when not */
      reported: boolean;
      cells: ((Figure & { previous: number | null }) | null)[];
    }[];
  };
}

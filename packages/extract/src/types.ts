import type { IndicatorKey, Qualifier, ReportFlags, UnitType } from '@fazhi/catalog';
import type { UnitYearValue } from '@fazhi/values';

export type { Flag, FlagType, UnitType } from '@fazhi/catalog';

export interface ReportMeta {
  /** the issuing body, short form: 邢庄镇, 南华西街道, 沈丘县人民政府办公室, 房县 */
  unit: string | null;
  unitType: UnitType | null;
  county: string | null;
  city: string | null;
  /** short form: 河南, 内蒙古, 重庆 */
  province: string | null;
  /** the year the report covers (not the year it was signed) */
  year: number | null;
  /** the date the report is signed, YYYY-MM-DD (its last line, or after the issuing body); null when none */
  signedOn: string | null;
  /** the same date as signedOn, under the name the `pnpm extract` contract first gave it */
  reportDate: string | null;
  /**
   * The 2023 National Bureau of Statistics code of the unit's division: a town's 9 digits, or the
   * 6 digits of a county (for a county or one of its departments); null when the text does not settle
   * it or the gazetteer lacks the name. Always set by extractReport.
   */
  divisionCode?: string | null;
  /** the namesakes to choose from when a town's name exists in several counties the text does not tell apart */
  candidates?: DivisionCandidate[];
}

export interface DivisionCandidate {
  code: string;
  /** 省·市·县·乡镇: 河南省·洛阳市·嵩县·城关镇 */
  label: string;
}

export type Role = 'total' | 'part';

export interface Fact {
  key: IndicatorKey;
  value: number;
  qualifier: Qualifier;
  /** the year the figure belongs to: the report year, or year − 1 for a 比上年 comparison */
  year: number | null;
  /** true when the value was computed from a comparison rather than read */
  derived: boolean;
  role: Role | null;
  /** [start, end) in the input text, JavaScript string indices (UTF-16 code units) */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
}

export type { UnitYearValue, ValueQualifier } from '@fazhi/values';

/**
 * A figure with a count measure word that no rule read as a fact, in a sentence about the unit's own work:
 * for a person to read. Never counted in values.
 */
export interface UnreadFigure {
  value: number;
  qualifier: Qualifier;
  /** the measure word after the number: 次, 场, 件, 人次 … */
  measure: string;
  /** the clause around the number: [start, end) in the input text, UTF-16 code units */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** [figureStart, figureEnd): the number itself with its measure word (41起), inside the clause */
  figureStart: number;
  figureEnd: number;
}

export interface ExtractOptions {
  /** the report year when the caller knows it; used if the text does not state one */
  year?: number;
}

export interface ExtractResult {
  meta: ReportMeta;
  facts: Fact[];
  /** unit-year values for the report year, by key */
  values: Partial<Record<IndicatorKey, UnitYearValue>>;
  flags: ReportFlags;
  /** figures with a count measure word that no rule claimed */
  unread: UnreadFigure[];
}

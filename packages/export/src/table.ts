import {
  QUALIFIER_MARK,
  UNIT_TYPE_LABEL,
  type UnitType,
  VALUE_STATUS_LABEL,
  type ValueQualifier,
  type ValueStatus,
} from '@fazhi/catalog/vocabulary';
import { ABSENT_LABEL, type ValueState } from '@fazhi/catalog/wording';

/** A number shown with its qualifier (106余, 约2000) that stays a number in the spreadsheet. */
export interface Approx {
  value: number;
  qualifier: ValueQualifier;
}

/** numbers stay numbers; null is an empty cell; a figure's place without one says 未报送 or 未提及, never 0 */
export type Cell = string | number | null | Approx;

/** A sheet as people export it: a title, a line saying how current and how reviewed it is, a header, rows. */
export interface Sheet {
  /** the sheet's tab */
  name: string;
  title: string;
  /** as-of date, review status, sample-data warning */
  subtitle: string;
  /** a row above the header naming groups of columns (an indicator over its 本年 / 上年 / 增减) */
  bands?: { header: string; span: number }[];
  /** figures: 未报送 / 未提及 in them align right, under the numbers */
  columns: { header: string; width: number; figures?: boolean }[];
  rows: Cell[][];
}

/** What one download holds: the sheet the screen shows first, then any others; a Chinese file name. */
export interface Workbook {
  /** without extension: 沈丘县2023年排查调处矛盾纠纷件数排名（乡镇街道） */
  fileName: string;
  sheets: [Sheet, ...Sheet[]];
}

export const qualifierMark = (q: ValueQualifier | null): string => (q ? QUALIFIER_MARK[q] : '');

export const statusLabel = (s: ValueStatus | null): string => (s ? VALUE_STATUS_LABEL[s].short : '');

export const unitTypeLabel = (t: UnitType): string => UNIT_TYPE_LABEL[t];

export const asOfLabel = (asOf: string | null): string =>
  asOf ? `数据截至 ${asOf.slice(0, 10)}` : '暂无数据';

/** A figure's cell: the number, or why there is none (未报送 / 未提及) as text, never 0 and never blank. */
export const figureOrState = (value: number | null, state: ValueState): number | string | null =>
  state === 'value' ? value : ABSENT_LABEL[state];

/** Rates change in percentage points; their change in per cent of the rate is left out as misleading. */
export const isPercent = (indicator: { unit: string }): boolean => indicator.unit === '%';

/** The header of the column a sheet's rows are read by, bands included: 排查调处矛盾纠纷件数（件）本年. */
export function flatHeaders(s: Sheet): string[] {
  const bandOf: string[] = [];
  for (const b of s.bands ?? []) for (let i = 0; i < b.span; i++) bandOf.push(b.header);
  return s.columns.map((c, i) => `${bandOf[i] ?? ''}${c.header}`);
}

import {
  QUALIFIER_MARK,
  UNIT_TYPE_LABEL,
  type UnitType,
  VALUE_STATUS_LABEL,
  type ValueQualifier,
  type ValueStatus,
} from '@fazhi/catalog/vocabulary';
import { ABSENT_LABEL, type ValueState } from '@fazhi/catalog/wording';

/** A table as people export it: a title, a line saying how current and how reviewed it is, a header, rows. */
export interface Table {
  title: string;
  /** as-of date, review status, sample-data warning */
  subtitle: string;
  columns: { header: string; width: number }[];
  /** numbers stay numbers; null is an empty cell; a figure's place without one says 未报送 or 未提及, never 0 */
  rows: (string | number | null)[][];
  /** without extension, in Chinese: 沈丘县2023年排查调处矛盾纠纷件数排名 */
  fileName: string;
}

export const qualifierMark = (q: ValueQualifier | null): string => (q ? QUALIFIER_MARK[q] : '');

export const statusLabel = (s: ValueStatus | null): string => (s ? VALUE_STATUS_LABEL[s].short : '');

export const unitTypeLabel = (t: UnitType): string => UNIT_TYPE_LABEL[t];

export const asOfLabel = (asOf: string | null): string =>
  asOf ? `数据截至 ${asOf.slice(0, 10)}` : '暂无数据';

/** 'a/b' and similar are not welcome in file names. */
export const safeFileName = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '');

/** A figure's cell: the number, or why there is none (未报送 / 未提及) as text, never 0 and never blank. */
export const figureOrState = (value: number | null, state: ValueState): number | string | null =>
  state === 'value' ? value : ABSENT_LABEL[state];

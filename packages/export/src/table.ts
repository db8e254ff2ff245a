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

const MARK: Record<string, string> = { over: '余', near: '近', about: '约', under: '不足', derived: '推算' };
export const qualifierMark = (q: string | null): string => (q ? (MARK[q] ?? '') : '');

const STATUS: Record<string, string> = { auto: '自动提取', confirmed: '已确认', corrected: '已更正' };
export const statusLabel = (s: string | null): string => (s ? (STATUS[s] ?? s) : '');

const TYPE: Record<string, string> = {
  town: '镇',
  township: '乡',
  subdistrict: '街道',
  county_dept: '县直部门',
  county: '县（区）',
};
export const unitTypeLabel = (t: string): string => TYPE[t] ?? t;

export const asOfLabel = (asOf: string | null): string =>
  asOf ? `数据截至 ${asOf.slice(0, 10)}` : '暂无数据';

/** 'a/b' and similar are not welcome in file names. */
export const safeFileName = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '');

/** A figure's cell: the number, or why there is none (未报送 / 未提及) as text, never 0 and never blank. */
export const figureOrState = (value: number | null, state: ValueState): number | string | null =>
  state === 'value' ? value : ABSENT_LABEL[state];

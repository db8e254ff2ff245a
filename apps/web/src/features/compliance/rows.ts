import {
  ALWAYS_REQUIRED_PARTS,
  PART_STATUS_LABEL,
  type PartStatus,
  REPORT_PART_LABEL,
  REPORT_PARTS,
  type ReportPartKey,
} from '@fazhi/catalog';
import type { ComplianceEntry } from '@fazhi/contract';

/** The filters of the 报送与质量 table, as the URL carries them. */
export interface ComplianceFilters {
  late: boolean;
  missingParts: boolean;
  /** reuse at or above REUSE_THRESHOLD */
  reused: boolean;
}

/** The share from which a report counts as largely copied (the 重复率 ≥ 50 %). */
export const REUSE_THRESHOLD = 0.5;

/** 按时 / 迟交N天 / 未报送; 未知 when a report has no day it was received. */
export function timeliness(row: ComplianceEntry): { text: string; tone: 'ok' | 'late' | 'none' } {
  if (row.reportId === null) return { text: '未报送', tone: 'none' };
  if (row.onTime === true) return { text: '按时', tone: 'ok' };
  if (row.onTime === false) return { text: `迟交${row.daysLate ?? ''}天`, tone: 'late' };
  return { text: '未知', tone: 'none' };
}

export const PART_MARK: Record<PartStatus, string> = { present: '✓', token: '◐', missing: '✗' };

/** Each of the five parts with its mark and what the mark says, in the regulation's order. */
export function partMarks(row: ComplianceEntry) {
  const parts = row.parts;
  if (!parts) return null;
  return REPORT_PARTS.map((key) => ({
    key,
    status: parts[key],
    mark: PART_MARK[parts[key]],
    title: `${REPORT_PART_LABEL[key]}：${PART_STATUS_LABEL[parts[key]]}`,
  }));
}

/**
 * The parts a report lacks altogether (a token part is written, if thinly); 其他需要报告的情况 only when there
 * is something to report, so never counted.
 */
export const missingParts = (row: ComplianceEntry): ReportPartKey[] =>
  row.parts ? ALWAYS_REQUIRED_PARTS.filter((k) => row.parts?.[k] === 'missing') : [];

export interface HighestReuse {
  share: number;
  /** 与上年报告, or the peer unit's name */
  source: string;
  against: number;
}

/** The higher of the share found in the unit's previous report and in its closest peer; null: none known. */
export function highestReuse(row: ComplianceEntry): HighestReuse | null {
  const r = row.reuse;
  if (!r) return null;
  const previous =
    r.previousYear !== null && r.previousReportId !== null
      ? { share: r.previousYear, source: '与上年报告', against: r.previousReportId }
      : null;
  const peer = r.peer ? { share: r.peer.share, source: r.peer.unit, against: r.peer.reportId } : null;
  if (previous && peer) return peer.share > previous.share ? peer : previous;
  return previous ?? peer;
}

/** A share 0–1 as a whole percentage: 0.634 → 63%. */
export const formatShare = (share: number) => `${Math.round(share * 100)}%`;

/** The rows every chosen filter keeps (the filters narrow together). */
export function filterRows(rows: readonly ComplianceEntry[], f: ComplianceFilters): ComplianceEntry[] {
  return rows.filter(
    (row) =>
      (!f.late || row.onTime === false) &&
      (!f.missingParts || missingParts(row).length > 0) &&
      (!f.reused || (highestReuse(row)?.share ?? 0) >= REUSE_THRESHOLD),
  );
}

/** The filters from the URL: each is on when its parameter is 1. */
export const filtersFrom = (params: URLSearchParams): ComplianceFilters => ({
  late: params.get('late') === '1',
  missingParts: params.get('missing') === '1',
  reused: params.get('reused') === '1',
});

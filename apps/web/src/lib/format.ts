// How figures read in the dashboard: the qualifier stays with the number (100余次, 约2万人次, 近50件).

import {
  type Direction,
  FACT_STATUS_LABEL,
  judges,
  QUALIFIER_MARK,
  UNIT_TYPE_LABEL,
  VALUE_STATUS_LABEL as VALUE_STATUS_WORDS,
  VALUE_STATUSES,
} from '@fazhi/catalog/vocabulary';
import { ABSENT_LABEL, type QualifierCode, type ValueState, withQualifier } from '@fazhi/catalog/wording';

export type { QualifierCode };

const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return nf.format(n);
}

/** The mark shown in its own column of tables (余/约/近/不足), '' for exact figures. */
export function qualifierMark(q: QualifierCode | null | undefined): string {
  return q ? QUALIFIER_MARK[q] : '';
}

/** A value as a sentence would say it: 100余次, 约2,000人, 近50件, 95%. */
export function formatValue(
  value: number,
  qualifier: QualifierCode | null | undefined,
  unit: string,
): string {
  return withQualifier(formatNumber(value), qualifier, unit);
}

/** A figure, or why there is none: 未报送 (no report) or 未提及 (the report leaves it out); never 0. */
export function formatFigure(
  value: number | null | undefined,
  qualifier: QualifierCode | null | undefined,
  unit: string,
  state: ValueState,
): string {
  if (value === null || value === undefined) return ABSENT_LABEL[state === 'value' ? 'not_mentioned' : state];
  return formatValue(value, qualifier, unit);
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0');

/** Change against last year: +7（+7.4%）; a rate changes in 个百分点. */
export function formatChange(change: { abs: number; pct: number | null } | null, unit: string): string {
  if (!change) return '—';
  if (change.abs === 0) return '持平';
  if (unit === '%') return `${signed(change.abs)} 个百分点`;
  const pct = change.pct === null ? '' : `（${signed(change.pct)}%）`;
  return `${signed(change.abs)}${unit}${pct}`;
}

/** `neutral`: a change of a caseload, which is neither for the better nor the worse. */
export type Tone = 'good' | 'bad' | 'flat' | 'none' | 'neutral';

/** Whether a change is for the better, in the indicator's own direction. */
export function changeTone(abs: number | null | undefined, direction: Direction): Tone {
  if (abs === null || abs === undefined) return 'none';
  if (abs === 0) return 'flat';
  if (!judges(direction)) return 'neutral';
  return abs > 0 === (direction === 'higher') ? 'good' : 'bad';
}

/**
 * ▲ up, ▼ down: the arrow shows the direction of the number; colour (tone) shows good or bad. A caseload
 * gets no arrow: beside a coloured one it would read as praise or blame, and its sign already says which way.
 */
export function changeArrow(abs: number | null | undefined, direction: Direction): string {
  if (abs === null || abs === undefined || abs === 0 || !judges(direction)) return '';
  return abs > 0 ? '▲' : '▼';
}

/**
 * A rank that moved up 2 places reads ↑2 (rank change = last year's rank − this year's); in a ranking by
 * size (a caseload) it reads 前移2位, a place in a list rather than a step up.
 */
export function formatRankChange(delta: number | null | undefined, direction: Direction = 'higher'): string {
  if (delta === null || delta === undefined) return '—';
  if (delta === 0) return '持平';
  if (!judges(direction)) return delta > 0 ? `前移${delta}位` : `后移${-delta}位`;
  return delta > 0 ? `↑${delta}` : `↓${-delta}`;
}

export function formatRank(rank: number | null, tied: boolean): string {
  if (rank === null) return '—';
  return tied ? `${rank}（并列）` : String(rank);
}

export const STATUS_LABEL: Record<string, string> = FACT_STATUS_LABEL;

export { UNIT_TYPE_LABEL };

/** '2024-03-05T08:00:00.000Z' → '2024-03-05' */
export const formatDate = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');

/** A reviewed value is marked beside the figure: ✓ confirmed, ✎ corrected or added by a person. */
export function statusMark(status: string | null | undefined): string {
  if (status === 'confirmed') return '✓';
  if (status === 'corrected' || status === 'added') return '✎';
  return '';
}

export const VALUE_STATUS_LABEL: Record<string, string> = Object.fromEntries(
  VALUE_STATUSES.map((s) => [s, VALUE_STATUS_WORDS[s].long]),
);

const pad = (n: number) => String(n).padStart(2, '0');
/** A stored UTC instant in the reader's local time: 2024-03-05 16:20. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

import {
  ALWAYS_REQUIRED_PARTS,
  type PartStatus,
  REPORT_PART_LABEL,
  type ReportPartKey,
} from '@fazhi/catalog';
import { ABSENT_LABEL } from '@fazhi/catalog/wording';
import type { Db } from '@fazhi/db';
import { submissionsView } from '../submissions.ts';
import type { Part, Sentence } from './types.ts';

/** How a county's units handed in the year's report: on time, late, not at all; and the parts reports lack. */
export interface SubmissionCounts {
  units: number;
  onTime: number;
  late: number;
  noReport: number;
  /** per required part, the received reports without it; only parts some report lacks, in the regulation's order */
  missingParts: { part: ReportPartKey; label: string; reports: number }[];
}

interface HandedIn {
  reportId: number | null;
  onTime: boolean | null;
  /** null: no report, or its parts not read yet (pnpm reextract): counted in no part */
  parts: Record<ReportPartKey, PartStatus> | null;
}

export function submissionCounts(rows: HandedIn[]): SubmissionCounts {
  const received = rows.filter((r) => r.reportId !== null);
  const onTime = received.filter((r) => r.onTime === true).length;
  // 其他需要报告的情况 is written only when there is something else to report: its absence is no fault
  const missingParts = ALWAYS_REQUIRED_PARTS.map((part) => ({
    part,
    label: REPORT_PART_LABEL[part],
    reports: received.filter((r) => r.parts?.[part] === 'missing').length,
  })).filter((p) => p.reports > 0);
  return {
    units: rows.length,
    onTime,
    late: received.length - onTime,
    noReport: rows.length - received.length,
    missingParts,
  };
}

/** The briefing's units' reports of the year as handed in: the 报送与质量 view's figures without reuse. */
export async function handedIn(
  db: Db,
  county: { id: number; name: string },
  year: number,
  unitIds: Set<number>,
) {
  return (await submissionsView(db, String(county.id), year)).rows
    .filter((r) => unitIds.has(r.unit.id))
    .map((r): HandedIn => ({ reportId: r.reportId, onTime: r.onTime, parts: r.parts }));
}

/**
 * 全县23个单位中，18个按时报送，3个逾期报送，2个未报送；3份报告缺少“存在的不足和原因”部分，2份缺少…
 * Counts that are 0 are left out (均按时报送 when every unit was on time); parts only when a report lacks one.
 */
export function submissionsSentence(c: SubmissionCounts): Sentence {
  const groups: [number, string][] = [
    [c.onTime, '按时报送'],
    [c.late, '逾期报送'],
    [c.noReport, ABSENT_LABEL.no_report],
  ];
  const said = groups.filter(([n]) => n > 0);
  const parts: Part[] = [
    said.length === 1
      ? `全县${c.units}个单位均${said[0]?.[1]}`
      : `全县${c.units}个单位中，${said.map(([n, what]) => `${n}个${what}`).join('，')}`,
  ];
  // 报告 said once: the sentence must stay within two lines of the one-page briefing
  const lacking = c.missingParts.map((p, n) => `${p.reports}份${n === 0 ? '报告' : ''}缺少“${p.label}”部分`);
  if (lacking.length > 0) parts.push(`；${lacking.join('，')}`);
  parts.push('。');
  return { kind: 'submissions', parts };
}

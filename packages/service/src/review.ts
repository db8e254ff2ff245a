import { FOCUS_KEYS, getIndicator, QUALIFIER_MARK } from '@fazhi/catalog';
import {
  type Db,
  decisionsOn,
  type QueueFilter,
  type QueueRow,
  regionById,
  unitById,
  unreviewedFacts,
} from '@fazhi/db';
import type { Cell } from '@fazhi/values';
import { resolveCounty, resolveIndicator } from './county.ts';
import { ServiceError } from './errors.ts';
import { unitRef } from './lists.ts';
import { readModel } from './read-model.ts';
import { type Fact, factBody } from './records.ts';
import type { ReportRef } from './refs.ts';
import { type Scope, scopeCounties, WHOLE } from './scope.ts';
import { type UnreadQueue, unreadQueue } from './unread.ts';

export type ReviewReasonCode = 'pending' | 'flag' | 'big_change' | 'uncertain' | 'new_report' | 'focus';

/** Why a person should look at a figure: the code, and in words. */
export interface ReviewReason {
  code: ReviewReasonCode;
  label: string;
}

export interface ReviewItem {
  fact: Fact;
  report: ReportRef;
  reasons: ReviewReason[];
  score: number;
  /** for a pending figure: the decisions people made on the same key and year, which it waits beside */
  beside: Fact[];
}

export interface ReviewQueue {
  /** facts not yet looked at (auto or pending) in reports in force */
  total: number;
  items: ReviewItem[];
  /** none when an indicator is asked: figures no rule read have none */
  unread: UnreadQueue;
}

const WEIGHT: Record<ReviewReasonCode, number> = {
  pending: 50,
  flag: 40,
  big_change: 30,
  uncertain: 15,
  focus: 10,
  new_report: 5,
};
const FOCUS = new Set<string>(FOCUS_KEYS);

/** A change of half or more (or 10 points for a rate) against last year is worth a second look. */
function bigChange(cell: Cell | undefined): string | null {
  const c = cell?.change;
  if (!cell || !c) return null;
  const rate = getIndicator(cell.key).unit === '%';
  if (rate ? Math.abs(c.abs) >= 10 : c.pct !== null && Math.abs(c.pct) >= 50) {
    return rate
      ? `较上年变化 ${c.abs > 0 ? '+' : ''}${c.abs} 个百分点`
      : `较上年变化 ${c.pct && c.pct > 0 ? '+' : ''}${c.pct}%`;
  }
  return null;
}

/** Why a person should look at this figure, most important first. */
export function reasonsFor(row: QueueRow, cell: Cell | undefined): ReviewReason[] {
  const out: ReviewReason[] = [];
  if (row.fact.status === 'pending') {
    out.push({ code: 'pending', label: '新提取的数字，此前已有人工审核结果；接受前不计入数值' });
  }
  const flags = row.report.flags;
  // a flag on some keys concerns those figures; a flag on none (template text) concerns the whole report
  for (const f of flags.filter((f) => f.keys.length === 0 || f.keys.includes(row.fact.key))) {
    out.push({ code: 'flag', label: f.message });
  }
  const change = bigChange(cell);
  if (change) out.push({ code: 'big_change', label: change });
  const f = row.fact;
  const unsure = [
    QUALIFIER_MARK[f.qualifier] ? `约数“${QUALIFIER_MARK[f.qualifier]}”` : null,
    f.derived ? '由“比上年”推算' : null,
    f.role === 'part' ? '分项数字' : null,
  ].filter((x): x is string => x !== null);
  if (unsure.length > 0) out.push({ code: 'uncertain', label: unsure.join('，') });
  if (FOCUS.has(f.key)) out.push({ code: 'focus', label: '重点指标' });
  if (row.report.reviewed === 0) out.push({ code: 'new_report', label: '报告尚无任何审核' });
  return out;
}

export interface QueueQuery {
  county?: string | undefined;
  unit?: number | undefined;
  indicator?: string | undefined;
  year?: number | undefined;
  limit: number;
  /** the asking account's region: the queue holds only its counties' figures */
  scope?: Scope | undefined;
}

/** The asked county, unit and indicator, each known (404 otherwise), and a unit of the asked county (400). */
async function queueFilter(db: Db, q: QueueQuery): Promise<QueueFilter> {
  const county = q.county ? await resolveCounty(db, q.county) : undefined;
  const unit = q.unit === undefined ? undefined : await unitById(db, q.unit);
  if (q.unit !== undefined && !unit) throw new ServiceError('unknown_unit', `单位 ${q.unit} 不存在`);
  if (county && unit && unit.countyId !== county.id)
    throw new ServiceError('bad_request', `单位“${unit.name}”不属于${county.name}，请重新选择单位`);
  return {
    countyId: county?.id,
    unitId: unit?.id,
    key: q.indicator === undefined ? undefined : resolveIndicator(q.indicator),
    year: q.year,
    countyIds: scopeCounties(q.scope ?? WHOLE),
  };
}

/**
 * Figures to look at first: flagged, changed a lot, uncertain, focus, untouched reports; and apart, the figures
 * no rule read (未识别的数字), which have no indicator and so are none when one is asked.
 */
export async function reviewQueue(db: Db, q: QueueQuery): Promise<ReviewQueue> {
  const filter = await queueFilter(db, q);
  const rows = await unreviewedFacts(db, filter);
  const cellOf = new Map<number, Cell>();
  const counties = new Set(rows.map((r) => r.unit.countyId).filter((id): id is number => id !== null));
  const model = await readModel(db);
  for (const id of counties)
    for (const c of (await model.countyCells(id)).table.select()) for (const f of c.factIds) cellOf.set(f, c);
  const scored = rows.map((row) => {
    const reasons = reasonsFor(row, cellOf.get(row.fact.id));
    return { row, reasons, score: reasons.reduce((s, r) => s + WEIGHT[r.code], 0) };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.row.report.id - b.row.report.id ||
      (a.row.fact.spanStart ?? 0) - (b.row.fact.spanStart ?? 0),
  );
  const items: ReviewItem[] = [];
  for (const { row, reasons, score } of scored.slice(0, q.limit)) {
    const region = await regionById(db, row.unit.countyId);
    items.push({
      fact: factBody(row.fact),
      report: {
        id: row.report.id,
        year: row.report.year,
        unit: unitRef(row.unit),
        county: region ? { id: region.id, name: region.name } : null,
      },
      reasons,
      score,
      beside:
        row.fact.status === 'pending'
          ? (await decisionsOn(db, row.report.id, row.fact.key, row.fact.year)).map(factBody)
          : [],
    });
  }
  const unread = filter.key === undefined ? await unreadQueue(db, filter, q.limit) : { total: 0, items: [] };
  return { total: rows.length, items, unread };
}

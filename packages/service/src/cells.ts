import type { IndicatorKey } from '@fazhi/catalog';
import type { Cell } from '@fazhi/contract';
import type { ValueFactRow } from '@fazhi/db';
import { combineMentions, derivedCorrectionRate } from '@fazhi/extract';
import type { z } from 'zod';

export type CellValue = z.infer<typeof Cell>;
type Combined = { value: number; qualifier: CellValue['qualifier']; used: ValueFactRow[] };

const CORRECTION_PARTS = [
  'recon.closed',
  'recon.revoked',
  'recon.changed',
  'recon.confirmed_illegal',
  'recon.ordered',
];

const statusOf = (used: ValueFactRow[]): CellValue['status'] => {
  let confirmed = 0;
  for (const f of used) {
    if (f.status === 'corrected' || f.status === 'added') return 'corrected';
    if (f.status === 'confirmed') confirmed++;
  }
  return used.length > 0 && confirmed === used.length ? 'confirmed' : 'auto';
};

/** One unit-year-key: the year's own report speaks for it; a later report's 比上年 figure only fills a gap. */
function combine(
  key: string,
  year: number,
  facts: ValueFactRow[],
): { combined: Combined; source: CellValue['source'] } | null {
  const own = facts.filter((f) => f.reportYear === year);
  const source = own.length > 0 ? 'report' : 'later_report';
  const chosen = own.length > 0 ? own : facts;
  const only = chosen[0];
  if (chosen.length === 1 && only && only.role !== 'part') {
    return { combined: { value: only.value, qualifier: only.qualifier, used: chosen }, source };
  }
  const combined = combineMentions(key as IndicatorKey, chosen);
  return combined ? { combined, source } : null;
}

const cell = (
  unitId: number,
  year: number,
  key: string,
  c: Combined,
  source: CellValue['source'],
): CellValue => ({
  unitId,
  year,
  key: key as IndicatorKey,
  value: c.value,
  qualifier: c.qualifier,
  status: statusOf(c.used),
  source,
  factIds: c.used.map((f) => f.id),
  change: null,
});

/**
 * The unit-year value of every key the stored facts give, by the engine's own combining rules, with the
 * facts behind each value and the change against the year before (none when either year is missing).
 */
export function computeCells(rows: ValueFactRow[]): CellValue[] {
  const groups = new Map<string, ValueFactRow[]>();
  for (const f of rows) {
    const k = `${f.unitId}|${f.year}|${f.key}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const cells: CellValue[] = [];
  const index = new Map<string, CellValue>();
  const recon = new Map<string, Map<string, Combined>>();
  for (const [k, facts] of groups) {
    const first = facts[0] as ValueFactRow;
    const made = combine(first.key, first.year, facts);
    if (!made) continue;
    const c = cell(first.unitId, first.year, first.key, made.combined, made.source);
    cells.push(c);
    index.set(k, c);
    if (CORRECTION_PARTS.includes(first.key) && made.source === 'report') {
      const uy = `${first.unitId}|${first.year}`;
      recon.set(uy, (recon.get(uy) ?? new Map()).set(first.key, made.combined));
    }
  }
  for (const [uy, parts] of recon) {
    if (index.has(`${uy}|recon.correction_rate`)) continue;
    const derived = derivedCorrectionRate(Object.fromEntries(parts));
    if (!derived) continue;
    const [unitId, year] = uy.split('|').map(Number) as [number, number];
    const used = [...parts.values()].flatMap((p) => p.used);
    const c = cell(
      unitId,
      year,
      'recon.correction_rate',
      { value: derived.value, qualifier: 'derived', used },
      'report',
    );
    cells.push(c);
    index.set(`${uy}|recon.correction_rate`, c);
  }
  for (const c of cells) {
    const prev = index.get(`${c.unitId}|${c.year - 1}|${c.key}`);
    if (prev) {
      const abs = Math.round((c.value - prev.value) * 100) / 100;
      c.change = { abs, pct: prev.value === 0 ? null : Math.round((abs / prev.value) * 1000) / 10 };
    }
  }
  return cells;
}

import type { IndicatorKey } from '@fazhi/catalog';
import type { Cell } from '@fazhi/contract';
import type { ValueFactRow } from '@fazhi/db';
import { combineMentions, derivedCorrectionRate } from '@fazhi/extract';
import type { z } from 'zod';

export type CellValue = z.infer<typeof Cell>;

const statusOf = (used: ValueFactRow[]): CellValue['status'] =>
  used.some((f) => f.status === 'corrected' || f.status === 'added')
    ? 'corrected'
    : used.length > 0 && used.every((f) => f.status === 'confirmed')
      ? 'confirmed'
      : 'auto';

function cellsOfUnitYear(unitId: number, year: number, rows: ValueFactRow[]): CellValue[] {
  // a year's own report speaks for it; a later report's 比上年 figures fill in only what it does not state
  const own = rows.filter((f) => f.reportYear === year);
  const later = rows.filter((f) => f.reportYear !== year);
  const out: CellValue[] = [];
  const byKey = new Map<string, { value: number; qualifier: CellValue['qualifier']; used: ValueFactRow[] }>();
  for (const key of new Set(rows.map((f) => f.key))) {
    const fromOwn = own.filter((f) => f.key === key);
    const source = fromOwn.length > 0 ? 'report' : 'later_report';
    const combined = combineMentions(
      key as IndicatorKey,
      fromOwn.length > 0 ? fromOwn : later.filter((f) => f.key === key),
    );
    if (!combined) continue;
    byKey.set(key, combined);
    out.push({
      unitId,
      year,
      key: key as IndicatorKey,
      value: combined.value,
      qualifier: combined.qualifier,
      status: statusOf(combined.used),
      source,
      factIds: combined.used.map((f) => f.id),
      change: null,
    });
  }
  if (!byKey.has('recon.correction_rate')) {
    const derived = derivedCorrectionRate(Object.fromEntries(byKey));
    if (derived) {
      const used = [
        'recon.closed',
        'recon.revoked',
        'recon.changed',
        'recon.confirmed_illegal',
        'recon.ordered',
      ].flatMap((k) => byKey.get(k)?.used ?? []);
      out.push({
        unitId,
        year,
        key: 'recon.correction_rate',
        value: derived.value,
        qualifier: 'derived',
        status: statusOf(used),
        source: 'report',
        factIds: used.map((f) => f.id),
        change: null,
      });
    }
  }
  return out;
}

/**
 * The unit-year value of every key the stored facts give, by the engine's own combining rules, with the
 * facts behind each value and the change against the year before (none when either year is missing).
 */
export function computeCells(rows: ValueFactRow[]): CellValue[] {
  const groups = new Map<string, ValueFactRow[]>();
  for (const f of rows) {
    const k = `${f.unitId}|${f.year}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const cells: CellValue[] = [];
  for (const [k, list] of groups) {
    const [unitId, year] = k.split('|').map(Number) as [number, number];
    cells.push(...cellsOfUnitYear(unitId, year, list));
  }
  const index = new Map(cells.map((c) => [`${c.unitId}|${c.year}|${c.key}`, c]));
  for (const c of cells) {
    const prev = index.get(`${c.unitId}|${c.year - 1}|${c.key}`);
    if (prev) {
      const abs = Math.round((c.value - prev.value) * 100) / 100;
      c.change = { abs, pct: prev.value === 0 ? null : Math.round((abs / prev.value) * 1000) / 10 };
    }
  }
  return cells;
}

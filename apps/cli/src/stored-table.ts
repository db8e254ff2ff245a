import { INDICATORS } from '@fazhi/catalog';
import {
  COUNTING_STATUSES,
  currentReports,
  type Db,
  type FactRow,
  factsOfReport,
  type StoreSummary,
  unitById,
} from '@fazhi/db';
import { type Fact, unitYearValues } from '@fazhi/extract';
import { formatValue } from './format.ts';
import { renderTable } from './table.ts';

/** Stored facts as the engine's values function takes them; rejected and pending ones do not count. */
function asFacts(rows: FactRow[]): Fact[] {
  return rows
    .filter((f) => (COUNTING_STATUSES as readonly string[]).includes(f.status))
    .map((f) => ({
      key: f.key as Fact['key'],
      value: f.value,
      qualifier: f.qualifier,
      year: f.year,
      derived: f.derived,
      role: f.role,
      start: f.spanStart ?? 0,
      end: f.spanEnd ?? 0,
      text: f.evidence,
    }));
}

/** County × year: how many reports are stored. */
export function summaryTable(s: StoreSummary): string {
  return renderTable(
    ['县区', '年度', '报告数', '数据'],
    s.byCountyYear.map((r) => [
      r.county ?? '待指定',
      String(r.year),
      String(r.reports),
      r.sample ? '示例数据' : '真实',
    ]),
    new Set([2]),
  );
}

/** The real reports' unit-year values from what is stored (corrections included); missing is 未提及. */
export function realValuesTable(db: Db): string {
  const reports = currentReports(db).filter((r) => !r.sample);
  const columns = reports.map((r) => ({
    title: `${unitById(db, r.unitId)?.name ?? '?'}${r.year}`,
    values: unitYearValues(asFacts(factsOfReport(db, r.id)), r.year),
  }));
  const shown = INDICATORS.filter((i) => columns.some((c) => c.values[i.key]));
  return renderTable(
    ['指标', '单位', ...columns.map((c) => c.title)],
    shown.map((i) => [i.label, i.unit, ...columns.map((c) => formatValue(c.values[i.key], i.unit))]),
    new Set(columns.map((_, i) => i + 2)),
  );
}

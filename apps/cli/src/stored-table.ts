import { INDICATORS } from '@fazhi/catalog';
import { ABSENT_LABEL } from '@fazhi/catalog/wording';
import {
  currentReports,
  type Db,
  type StoreSummary,
  unitById,
  type ValueFactRow,
  valueFactsOfUnit,
} from '@fazhi/db';
import { tableFromFacts, UnitYearMap } from '@fazhi/values';
import { formatValue } from './format.ts';
import { renderTable } from './table.ts';

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

/**
 * The real reports' unit-year values as the dashboard shows them (corrections included): a year's own
 * report speaks for it, and a later report's 比上年 figure fills a year without one. A unit-year per column,
 * each unit's years in order; a figure missing is 未提及 in a year with a report, 未报送 without.
 */
export async function realValuesTable(db: Db): Promise<string> {
  const reported = new UnitYearMap<true>();
  for (const r of (await currentReports(db)).filter((r) => !r.sample)) reported.set(r.unitId, r.year, true);
  const unitIds = [...new Set([...reported].map((r) => r.unitId))];
  const facts: ValueFactRow[] = [];
  for (const id of unitIds) facts.push(...(await valueFactsOfUnit(db, id)));
  const table = tableFromFacts(facts);
  const names = new Map<number, string>();
  for (const unitId of unitIds) names.set(unitId, (await unitById(db, unitId))?.name ?? '?');
  const columns = unitIds.flatMap((unitId) => {
    const name = names.get(unitId) ?? '?';
    const years = new Set([...reported.yearsOf(unitId), ...table.yearsOf(unitId)]);
    return [...years]
      .sort((a, b) => a - b)
      .map((year) => {
        const hasReport = reported.has(unitId, year);
        return { unitId, year, hasReport, title: `${name}${year}${hasReport ? '' : '（据次年报告）'}` };
      });
  });
  const shown = INDICATORS.filter((i) => columns.some((c) => table.get(c.unitId, c.year, i.key)));
  return renderTable(
    ['指标', '单位', ...columns.map((c) => c.title)],
    shown.map((i) => [
      i.label,
      i.unit,
      ...columns.map((c) => {
        const cell = table.get(c.unitId, c.year, i.key);
        return cell ? formatValue(cell, i.unit) : ABSENT_LABEL[c.hasReport ? 'not_mentioned' : 'no_report'];
      }),
    ]),
    new Set(columns.map((_, i) => i + 2)),
  );
}

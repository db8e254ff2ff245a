import { emptyYearText, valueState } from '@fazhi/catalog/wording';
import { CellTable } from '@fazhi/values/table';
import type { Comparison, Unit } from './compare-scope.ts';
import {
  asOfLabel,
  type Cell,
  figureOrState,
  isPercent,
  qualifierMark,
  type Sheet,
  statusLabel,
  unitTypeLabel,
} from './table.ts';

/**
 * The comparison as a long table: a row per unit × year × indicator, a figure's place without one marked
 * 未报送 (no report that year) or 未提及 (the report leaves it out). A year no unit reported is one line.
 */
export function compareLongSheet(c: Comparison, units: readonly Unit[]): Sheet {
  const table = new CellTable(c.cells);
  const empty = new Set(c.emptyYears);
  const rows: Cell[][] = [];
  for (const year of c.years.filter((y) => empty.has(y))) rows.push([emptyYearText(year), null, year]);
  for (const unit of units) {
    const reported = new Set(unit.reported);
    for (const year of c.years) {
      for (const ind of c.indicators) {
        const cell = table.get(unit.id, year, ind.key);
        // an empty year keeps only what a later report said of it, not every unit as 未报送
        if (!cell && empty.has(year)) continue;
        const notes = [
          cell?.source === 'later_report' ? '取自下一年度报告的比较' : '',
          unit.sample ? '示例数据' : '',
        ];
        rows.push([
          unit.name,
          unitTypeLabel(unit.type),
          year,
          ind.label,
          ind.unit,
          figureOrState(cell?.value ?? null, valueState(cell !== undefined, reported.has(year))),
          qualifierMark(cell?.qualifier ?? null),
          cell?.change?.abs ?? null,
          isPercent(ind) ? null : (cell?.change?.pct ?? null),
          statusLabel(cell?.status ?? null),
          notes.filter(Boolean).join('；'),
        ]);
      }
    }
  }
  const span =
    c.years.length > 1 ? `${c.years[0]}—${c.years[c.years.length - 1]}年` : `${c.years[0] ?? ''}年`;
  return {
    name: '明细（长表）',
    title: `${c.county.name} ${span} 各单位指标明细`,
    subtitle: `${asOfLabel(c.asOf)} · 已审核 ${reviewedPercent(c)}% · 每行一个单位、年度和指标 · 未报送、未提及不计为0`,
    columns: [
      { header: '单位', width: 22 },
      { header: '类型', width: 10 },
      { header: '年度', width: 7 },
      { header: '指标', width: 30 },
      { header: '计量单位', width: 9 },
      { header: '数值', width: 12, figures: true },
      { header: '约数标记', width: 9 },
      { header: '较上年增减（比率为百分点）', width: 16 },
      { header: '较上年增减幅度（%）', width: 14 },
      { header: '审核状态', width: 10 },
      { header: '备注', width: 26 },
    ],
    rows,
  };
}

/** The share of the comparison's figures a person has confirmed or corrected, in per cent. */
export function reviewedPercent(c: Comparison): number {
  const cells = c.cells.length;
  return cells === 0 ? 0 : Math.round((c.cells.filter((x) => x.status !== 'auto').length / cells) * 100);
}

import { UNIT_GROUP_LABEL } from '@fazhi/catalog/vocabulary';
import { emptyYearText, valueState } from '@fazhi/catalog/wording';
import { CellTable } from '@fazhi/values/table';
import { reviewedPercent } from './compare-long.ts';
import type { Comparison, ResolvedScope, Unit } from './compare-scope.ts';
import { asOfLabel, type Cell, figureOrState, isPercent, type Sheet, unitTypeLabel } from './table.ts';

type Indicator = Comparison['indicators'][number];

const subColumns = (ind: Indicator, baseHeader: string) => [
  { header: '本年', width: 8, figures: true },
  { header: baseHeader, width: 8, figures: true },
  ...(isPercent(ind)
    ? [{ header: '增减（百分点）', width: 8 }]
    : [
        { header: '增减', width: 7 },
        { header: '增减幅度（%）', width: 8 },
      ]),
];

/**
 * The comparison as the screen shows it: a row per unit; for each indicator this year, the base year, the
 * change and (for counts) the change in per cent. A figure's place without one says 未报送 or 未提及; a
 * year no unit of the group reported is one line saying so.
 */
export function compareWideSheet(c: Comparison, s: ResolvedScope): Sheet {
  const table = new CellTable(c.cells);
  const baseHeader = s.base === s.year - 1 ? '上年' : `${s.base}年`;
  const figure = (unit: Unit, year: number, ind: Indicator): Cell => {
    const cell = table.get(unit.id, year, ind.key);
    if (cell && cell.qualifier !== 'exact' && cell.qualifier !== 'derived')
      return { value: cell.value, qualifier: cell.qualifier };
    return figureOrState(cell?.value ?? null, valueState(cell !== undefined, unit.reported.includes(year)));
  };
  const rowOf = (unit: Unit): Cell[] => {
    const later = c.indicators.some((ind) =>
      [s.year, s.base].some((y) => table.get(unit.id, y, ind.key)?.source === 'later_report'),
    );
    const notes = [later ? '部分数值取自下一年度报告的比较' : '', unit.sample ? '示例数据' : ''];
    return [
      unit.name,
      unitTypeLabel(unit.type),
      ...c.indicators.flatMap((ind) => {
        const change = table.change({ unitId: unit.id, year: s.year, key: ind.key }, s.base);
        return [
          figure(unit, s.year, ind),
          figure(unit, s.base, ind),
          change?.abs ?? null,
          ...(isPercent(ind) ? [] : [change?.pct ?? null]),
        ];
      }),
      notes.filter(Boolean).join('；'),
    ];
  };
  const empty = !s.units.some((u) => u.reported.includes(s.year));
  const rows = empty ? [[emptyYearText(s.year)]] : s.units.map(rowOf);
  const columns = c.indicators.map((ind) => subColumns(ind, baseHeader));
  return {
    name: '对比',
    title: `${c.county.name} ${s.year}年较${s.base}年 各单位指标对比（${UNIT_GROUP_LABEL[s.group].title}）`,
    subtitle: `${asOfLabel(c.asOf)} · 已审核 ${reviewedPercent(c)}% · 本年为${s.year}年，${baseHeader === '上年' ? `上年为${s.base}年` : `比较${s.base}年`}；比率的增减以百分点计 · 未报送、未提及不计为0`,
    bands: [
      { header: '', span: 2 },
      ...c.indicators.map((ind, i) => ({
        header: `${ind.label}（${ind.unit}）`,
        span: columns[i]?.length ?? 0,
      })),
      { header: '', span: 1 },
    ],
    columns: [
      { header: '单位', width: 18 },
      { header: '类型', width: 8 },
      ...columns.flat(),
      { header: '备注', width: 20 },
    ],
    rows,
  };
}

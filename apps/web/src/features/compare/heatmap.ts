import { ABSENT_LABEL } from '@fazhi/catalog/wording';
import type { Indicator } from '@fazhi/contract';
import type { ChartTable } from '../../lib/chartTable.ts';
import type { ChartOption } from '../../lib/echarts.ts';
import { formatFigure, formatValue, statusMark } from '../../lib/format.ts';
import { noReportDecal, PALETTE } from '../../lib/palette.ts';
import { esc } from '../../lib/tooltip.ts';
import { chartBase } from './options.ts';
import { type Cells, standing, stateAt, type Unit } from './table.ts';

const wrap = (label: string, width: number) => label.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n').trim();

interface HeatCell {
  value: [number, number, number];
  factIds: number[];
  text: string;
  label: { color: string };
  itemStyle?: { decal: ReturnType<typeof noReportDecal> };
}

// standing below 0 is no figure: plain grey for 未提及, white and hatched for 未报送
const ABSENT_STANDING = { not_mentioned: -1, no_report: -2 } as const;

/**
 * Units × indicators in one year. Colour is a unit's standing within the indicator (best dark), so unlike
 * units share one scale; the label is the figure itself, or 未提及 (grey) or 未报送 (hatched).
 */
export function toHeatmapOption(
  units: readonly Unit[],
  index: Cells,
  indicators: readonly Indicator[],
  year: number,
): ChartOption {
  const data: HeatCell[] = [];
  indicators.forEach((ind, x) => {
    const values = new Map<number, number>();
    for (const u of units) {
      const c = index.get(u.id, year, ind.key);
      if (c) values.set(u.id, c.value);
    }
    const score = standing(values, ind.direction);
    units.forEach((u, y) => {
      const c = index.get(u.id, year, ind.key);
      const state = stateAt(index, u, year, ind.key);
      const sc = c ? (score.get(u.id) ?? 0) : state === 'value' ? 0 : ABSENT_STANDING[state];
      data.push({
        value: [x, y, sc],
        factIds: c?.factIds ?? [],
        text: c
          ? `${formatValue(c.value, c.qualifier, ind.unit === '%' ? '%' : '')}${statusMark(c.status)}`
          : formatFigure(null, null, ind.unit, state),
        // white on the dark end of the scale, dark on the light end, grey for no figure
        label: { color: sc > 0.6 ? '#ffffff' : sc < 0 ? PALETTE.muted : PALETTE.text },
        ...(state === 'no_report' ? { itemStyle: { decal: noReportDecal() } } : {}),
      });
    });
  });
  return {
    ...chartBase,
    tooltip: {
      formatter: (p: unknown) => {
        const s = p as { data?: HeatCell };
        const [x, y] = s.data?.value ?? [0, 0];
        return `${esc(units[y]?.name)} · ${esc(indicators[x]?.label)}<br/>${esc(s.data?.text)}`;
      },
    },
    grid: { left: 96, right: 16, top: 8, bottom: 64 },
    xAxis: {
      type: 'category',
      data: indicators.map((i) => wrap(i.label, 7)),
      position: 'bottom',
      axisLabel: { interval: 0, fontSize: 11 },
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: units.map((u) => u.name), inverse: true, axisLabel: { interval: 0 } },
    // five classes of standing (prints as distinct shades), one for 未提及 and one for 未报送
    visualMap: {
      type: 'piecewise',
      show: false,
      pieces: [
        { lt: -1.5, color: PALETTE.noReport, label: ABSENT_LABEL.no_report },
        { gte: -1.5, lt: -0.5, color: PALETTE.notMentioned, label: ABSENT_LABEL.not_mentioned },
        ...PALETTE.heat.map((color, i) => ({ gt: i === 0 ? -0.5 : i / 5, lte: (i + 1) / 5, color })),
      ],
    },
    series: [
      {
        type: 'heatmap',
        name: `${year}年`,
        data,
        label: { show: true, formatter: (p: unknown) => (p as { data?: HeatCell }).data?.text ?? '' },
        cursor: 'pointer',
      },
    ],
  };
}

/** The heatmap's figures: a unit a row, an indicator a column, the figure or why there is none. */
export function toHeatmapTable(
  units: readonly Unit[],
  index: Cells,
  indicators: readonly Indicator[],
  year: number,
): ChartTable {
  return {
    columns: ['单位', ...indicators.map((i) => `${i.label}（${i.unit}）`)],
    rows: units.map((u) => ({
      head: u.name,
      cells: indicators.map((i) => {
        const c = index.get(u.id, year, i.key);
        return c
          ? formatValue(c.value, c.qualifier, i.unit)
          : formatFigure(null, null, i.unit, stateAt(index, u, year, i.key));
      }),
    })),
  };
}

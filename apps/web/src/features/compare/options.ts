import type { ValueState } from '@fazhi/catalog/wording';
import type { CompareCell, Indicator } from '@fazhi/contract';
import type { ChartOption } from '../../lib/echarts.ts';
import { formatFigure, formatValue, VALUE_STATUS_LABEL } from '../../lib/format.ts';
import { FONT, lastYearDecal, PALETTE } from '../../lib/palette.ts';
import { esc } from '../../lib/tooltip.ts';
import { type Cells, stateAt, type Unit } from './table.ts';

/** A chart's data point: the value and the facts it came from, read back on click. */
export interface Point {
  value: number | '-';
  factIds: number[];
  text?: string;
}

/** A unit-year's point: its figure with the review state, or a gap that says 未报送 or 未提及. */
const point = (c: CompareCell | undefined, unit: string, state: ValueState): Point =>
  c
    ? {
        value: c.value,
        factIds: c.factIds,
        text: `${formatValue(c.value, c.qualifier, unit)}（${VALUE_STATUS_LABEL[c.status]}）`,
      }
    : { value: '-', factIds: [], text: formatFigure(null, null, unit, state) };

const tooltipLine = (marker: string, name: string, p: Point | undefined) =>
  `${marker}${esc(name)}：${esc(p?.text ?? p?.value)}`;

interface SeriesParam {
  marker?: string;
  seriesName?: string;
  name?: string;
  data?: Point;
  axisValueLabel?: string;
}

/** What every comparison chart shares: the app's font and palette, drawn without animation. */
export const chartBase = {
  textStyle: { fontFamily: FONT },
  animation: false,
  color: [...PALETTE.categorical],
};

/**
 * The year against a base year (last year unless another is asked), per unit, for one indicator: two bars per
 * unit, the base year hatched. `horizontal` lays units down the side, for a phone.
 */
export function toYearBarsOption(
  units: readonly Unit[],
  index: Cells,
  indicator: Indicator,
  year: number,
  base = year - 1,
  horizontal = false,
): ChartOption {
  const series = [base, year].map((y) => ({
    type: 'bar' as const,
    name: `${y}年`,
    data: units.map((u) =>
      point(index.get(u.id, y, indicator.key), indicator.unit, stateAt(index, u, y, indicator.key)),
    ),
    itemStyle: y === year ? { color: PALETTE.thisYear } : { color: PALETTE.lastYear, decal: lastYearDecal() },
    barMaxWidth: 22,
    cursor: 'pointer',
  }));
  return {
    ...chartBase,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as SeriesParam[];
        const lines = list.map((p) => tooltipLine(p.marker ?? '', p.seriesName ?? '', p.data));
        return [esc(list[0]?.axisValueLabel), ...lines, '点击柱形查看原文'].join('<br/>');
      },
    },
    legend: { top: 0, data: series.map((s) => s.name) },
    ...(horizontal
      ? {
          grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
          yAxis: {
            type: 'category',
            data: units.map((u) => u.name),
            inverse: true,
            axisLabel: { interval: 0 },
          },
          xAxis: { type: 'value', name: indicator.unit, max: indicator.unit === '%' ? 100 : undefined },
        }
      : {
          grid: { left: 56, right: 16, top: 36, bottom: 72 },
          xAxis: {
            type: 'category',
            data: units.map((u) => u.name),
            axisLabel: { interval: 0, rotate: units.length > 12 ? 40 : 0 },
          },
          yAxis: { type: 'value', name: indicator.unit, max: indicator.unit === '%' ? 100 : undefined },
        }),
    series,
  };
}

/** A horizontal bar chart's height: two bars a unit, room for the legend and axis. */
export const barsHeight = (units: number) => Math.max(240, units * 34 + 70);

/** One line per unit over all years; a missing year is a gap, not a drop to 0. */
export function toTrendOption(
  units: readonly Unit[],
  index: Cells,
  indicator: Indicator,
  years: readonly number[],
): ChartOption {
  return {
    ...chartBase,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const s = p as SeriesParam;
        return `${esc(s.seriesName)} ${esc(s.name)}年<br/>${esc(s.data?.text)}<br/>点击查看原文`;
      },
    },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: indicator.unit, max: indicator.unit === '%' ? 100 : undefined },
    series: units.map((u) => ({
      type: 'line' as const,
      name: u.name,
      connectNulls: false,
      symbolSize: 7,
      emphasis: { focus: 'series' as const },
      data: years.map((y) =>
        point(index.get(u.id, y, indicator.key), indicator.unit, stateAt(index, u, y, indicator.key)),
      ),
    })),
  };
}

import { ABSENT_LABEL, type ValueState } from '@fazhi/catalog/wording';
import type { CompareCell, Indicator } from '@fazhi/contract';
import type { ChartOption } from '../../lib/echarts.ts';
import { formatFigure, formatValue, statusMark, VALUE_STATUS_LABEL } from '../../lib/format.ts';
import { FONT, lastYearDecal, noReportDecal, PALETTE } from '../../lib/palette.ts';
import { esc } from '../../lib/tooltip.ts';
import { type Cells, standing, stateAt, type Unit } from './table.ts';

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

const base = { textStyle: { fontFamily: FONT }, animation: false, color: [...PALETTE.categorical] };

/** This year against last year, per unit, for one indicator: two bars per unit, last year hatched. */
export function toYearBarsOption(
  units: readonly Unit[],
  index: Cells,
  indicator: Indicator,
  year: number,
): ChartOption {
  const series = [year - 1, year].map((y) => ({
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
    ...base,
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
    grid: { left: 56, right: 16, top: 36, bottom: 72 },
    xAxis: {
      type: 'category',
      data: units.map((u) => u.name),
      axisLabel: { interval: 0, rotate: units.length > 12 ? 40 : 0 },
    },
    yAxis: { type: 'value', name: indicator.unit, max: indicator.unit === '%' ? 100 : undefined },
    series,
  };
}

/** One line per unit over all years; a missing year is a gap, not a drop to 0. */
export function toTrendOption(
  units: readonly Unit[],
  index: Cells,
  indicator: Indicator,
  years: readonly number[],
): ChartOption {
  return {
    ...base,
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
    ...base,
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

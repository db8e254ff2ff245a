import type { HeadlineFigure } from '@fazhi/contract';
import type { ChartTable } from '../../lib/chartTable.ts';
import type { ChartOption } from '../../lib/echarts.ts';
import { formatNumber } from '../../lib/format.ts';
import { FONT, lastYearDecal, PALETTE } from '../../lib/palette.ts';

/** A focus indicator's panel: its label and the same-basis figure of the peer units in both years. */
export interface FocusPanel {
  key: string;
  title: string;
  unit: string;
  measure: HeadlineFigure['measure'];
  previous: number;
  current: number;
  units: number;
}

/** The focus indicators with a same-basis change (units that reported in both years); the rest have nothing to draw. */
export function focusPanels(headlines: readonly HeadlineFigure[]): FocusPanel[] {
  return headlines.flatMap((h) =>
    h.change
      ? [
          {
            key: h.indicator.key,
            title: h.indicator.label,
            unit: h.indicator.unit,
            measure: h.measure,
            previous: h.change.previous,
            current: h.change.current,
            units: h.change.units,
          },
        ]
      : [],
  );
}

const PANEL_HEIGHT = 150;
const TITLE_SPACE = 56;

/** The chart's height for this many panels laid out in `columns`. */
export const focusChartHeight = (panels: number, columns: number) =>
  Math.ceil(panels / columns) * (PANEL_HEIGHT + TITLE_SPACE) + 36;

const wrap = (text: string, width: number) => text.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n').trim();

/**
 * Small multiples: one panel per focus indicator, last year (light, hatched) against this year (dark), each
 * labelled with its figure; every panel compares the same units in both years (同口径), said under its title.
 */
export function toFocusChangeOption(
  panels: readonly FocusPanel[],
  year: number,
  columns: number,
): ChartOption {
  const width = 100 / columns;
  const at = (i: number) => ({ col: i % columns, row: Math.floor(i / columns) });
  const top = (i: number) => 36 + at(i).row * (PANEL_HEIGHT + TITLE_SPACE);
  const label = (unit: string) => ({
    show: true,
    position: 'top' as const,
    fontSize: 11,
    formatter: (p: { value?: unknown }) =>
      typeof p.value === 'number' ? `${formatNumber(p.value)}${unit}` : '',
  });
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    legend: { top: 0, data: [`${year - 1}年`, `${year}年`] },
    title: panels.map((p, i) => ({
      text: wrap(p.title, columns > 2 ? 20 : 10),
      subtext: `${p.measure === 'sum' ? '合计' : '中位数'} · ${p.units}个单位同口径`,
      left: `${at(i).col * width + width / 2}%`,
      top: top(i),
      textAlign: 'center' as const,
      textStyle: { fontSize: 12, fontWeight: 600 },
      subtextStyle: { fontSize: 11, color: PALETTE.muted },
      itemGap: 4,
    })),
    grid: panels.map((_p, i) => ({
      left: `${at(i).col * width + 4}%`,
      width: `${width - 8}%`,
      top: top(i) + TITLE_SPACE + 8,
      height: PANEL_HEIGHT - 40,
    })),
    xAxis: panels.map((_p, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: [`${year - 1}年`, `${year}年`],
      axisTick: { show: false },
    })),
    yAxis: panels.map((p, i) => ({
      type: 'value' as const,
      gridIndex: i,
      show: false,
      max: p.unit === '%' ? 100 : undefined,
    })),
    tooltip: { trigger: 'item' },
    series: panels.flatMap((p, i) => [
      {
        type: 'bar' as const,
        name: `${year - 1}年`,
        xAxisIndex: i,
        yAxisIndex: i,
        stack: p.key,
        barWidth: '45%',
        data: [p.previous, '-'],
        itemStyle: { color: PALETTE.lastYear, decal: lastYearDecal() },
        label: label(p.unit),
      },
      {
        type: 'bar' as const,
        name: `${year}年`,
        xAxisIndex: i,
        yAxisIndex: i,
        stack: p.key,
        barWidth: '45%',
        data: ['-', p.current],
        itemStyle: { color: PALETTE.thisYear },
        label: label(p.unit),
      },
    ]),
  };
}

/** The focus chart's figures: an indicator a row, both years and how many units they cover. */
export function toFocusTable(panels: readonly FocusPanel[], year: number): ChartTable {
  return {
    columns: ['指标', '口径', `${year - 1}年`, `${year}年`],
    rows: panels.map((p) => ({
      head: p.title,
      cells: [
        `${p.measure === 'sum' ? '合计' : '中位数'}，${p.units}个单位`,
        `${formatNumber(p.previous)}${p.unit}`,
        `${formatNumber(p.current)}${p.unit}`,
      ],
    })),
  };
}

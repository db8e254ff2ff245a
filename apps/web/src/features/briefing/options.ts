import type { BriefingChartData } from '@fazhi/contract';
import type { ChartOption } from '../../lib/echarts.ts';
import { formatFigure, formatNumber } from '../../lib/format.ts';
import { lastYearDecal, PALETTE } from '../../lib/palette.ts';
import { esc } from '../../lib/tooltip.ts';

// Official documents set body text in a serif (宋体); the charts follow the page (briefing.css --song:
// a canvas cannot read CSS variables, so the stack is repeated here).
export const SERIF = '"AR PL UMing CN", "SimSun", "Songti SC", "Noto Serif CJK SC", serif';

const label = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '');

interface Point {
  value: number | null;
  factIds: number[];
  /** the figure, or 未报送 / 未提及 where there is none */
  text: string;
}
interface TooltipParam {
  marker?: string;
  seriesName?: string;
  axisValueLabel?: string;
  data?: Point;
}

/** Each series' figure at the hovered category, or why there is none. */
const tooltipText = (params: unknown) => {
  const list = params as TooltipParam[];
  const lines = list.map((p) => `${p.marker ?? ''}${esc(p.seriesName)}：${esc(p.data?.text)}`);
  return [esc(list[0]?.axisValueLabel), ...lines].join('<br/>');
};

/**
 * One briefing chart: units or outcomes as bars (this year dark, last year light and hatched, so they
 * read apart in black and white), a county total over the years as a line. Not reported stays a gap.
 * `slide` draws larger type for a 16:9 slide image; `untitled` leaves the title to the page's heading
 * (the one-page briefing), so the bars keep the height.
 */
export function toBriefingChartOption(
  c: BriefingChartData,
  opts: { slide?: boolean; untitled?: boolean } = {},
): ChartOption {
  const size = opts.slide ? 1.35 : 1;
  const font = (n: number) => Math.round(n * size);
  // the title's band, which the legend and the plot start below
  const top = opts.untitled ? -22 : 0;
  const many = c.rows.length > 10;
  const categories = c.rows.map((r) => r.label);
  const seriesData = (n: number): Point[] =>
    c.rows.map((r) => ({
      value: r.values[n] ?? null,
      factIds: r.facts[n] ?? [],
      text: formatFigure(r.values[n], null, c.unit, r.states[n] ?? 'not_mentioned'),
    }));
  const common = {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: SERIF, color: PALETTE.text },
    title: opts.untitled
      ? undefined
      : { text: c.title, left: 'center', top: 4, textStyle: { fontSize: font(14), fontFamily: SERIF } },
    tooltip: { trigger: 'axis' as const, formatter: tooltipText },
  };
  if (c.kind === 'trend') {
    return {
      ...common,
      grid: { left: 56, right: 24, top: font(44) + top, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { fontSize: font(11) } },
      yAxis: { type: 'value', name: c.unit, axisLabel: { fontSize: font(11) } },
      series: [
        {
          type: 'line',
          name: c.series[0] ?? '',
          data: seriesData(0),
          connectNulls: false,
          symbolSize: 7,
          lineStyle: { color: PALETTE.thisYear, width: 2 },
          itemStyle: { color: PALETTE.thisYear },
          label: {
            show: true,
            position: 'top',
            fontSize: font(11),
            formatter: (p: unknown) => label((p as { value: unknown }).value),
          },
        },
      ],
    };
  }
  return {
    ...common,
    legend: { top: font(26) + top, data: c.series, textStyle: { fontSize: font(11) } },
    grid: { left: 16, right: 16, top: font(56) + top, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { interval: 0, rotate: many ? 40 : 0, fontSize: font(many ? 10 : 11) },
    },
    yAxis: {
      type: 'value',
      name: c.unit,
      max: c.unit === '%' ? 100 : undefined,
      axisLabel: { fontSize: font(11) },
    },
    series: c.series.map((name, n) => ({
      type: 'bar' as const,
      name,
      data: seriesData(n),
      barMaxWidth: 22,
      cursor: 'pointer',
      itemStyle: n === 0 ? { color: PALETTE.thisYear } : { color: PALETTE.lastYear, decal: lastYearDecal() },
      label: {
        show: n === 0 && !many,
        position: 'top' as const,
        fontSize: font(10),
        formatter: (p: unknown) => label((p as { value: unknown }).value),
      },
    })),
  };
}

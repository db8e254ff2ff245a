import type { Ranking } from '@fazhi/contract';
import type { ChartOption } from '../../lib/echarts.ts';
import { formatValue, statusMark } from '../../lib/format.ts';
import { FONT, lastYearDecal, PALETTE } from '../../lib/palette.ts';
import { esc } from '../../lib/tooltip.ts';

/**
 * The ranked units as horizontal bars, best at the top; small-base rates are drawn hatched and light
 * (shown, not ranked); units with nothing reported are left out of the chart (the table lists them).
 */
export function toRankingBarOption(r: Ranking): ChartOption {
  const shown = r.rows.filter((row) => row.value !== null && (!r.per10k || row.per10k !== null));
  const unit = r.per10k ? `${r.indicator.unit}/万人` : r.indicator.unit;
  const data = shown.map((row) => {
    const v = r.per10k ? (row.per10k ?? 0) : (row.value ?? 0);
    const unranked = row.rank === null;
    return {
      value: v,
      factIds: row.factIds,
      text: `${formatValue(v, r.per10k ? 'exact' : row.qualifier, unit)}${statusMark(row.status)}${unranked ? '（未排名）' : ''}`,
      itemStyle: unranked ? { color: PALETTE.lastYear, decal: lastYearDecal() } : { color: PALETTE.thisYear },
    };
  });
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: {
      text: `${r.county.name} ${r.year}年 ${r.indicator.label}${r.per10k ? '（每万人）' : ''}`,
      left: 'center',
      textStyle: { fontSize: 15 },
    },
    tooltip: {
      formatter: (p: unknown) => {
        const s = p as { name?: string; data?: { text?: string } };
        return `${esc(s.name)}：${esc(s.data?.text)}<br/>点击查看原文`;
      },
    },
    grid: { left: 96, right: 120, top: 40, bottom: 24 },
    xAxis: { type: 'value', name: unit, max: r.indicator.unit === '%' && !r.per10k ? 100 : undefined },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((row) => row.unit.name),
      axisLabel: { interval: 0 },
    },
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 18,
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          formatter: (p: unknown) => (p as { data?: { text?: string } }).data?.text ?? '',
        },
      },
    ],
  };
}

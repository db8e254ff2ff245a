import type { ChartOption } from './echarts.ts';
import { formatNumber } from './format.ts';

/** A chart's figures as a table: what a screen reader or a keyboard user reads instead of the canvas. */
export interface ChartTable {
  /** the first column's heading, then one per column */
  columns: string[];
  rows: { head: string; cells: string[] }[];
}

interface AxisLike {
  type?: string;
  data?: unknown[];
}
interface SeriesLike {
  name?: string;
  data?: unknown[];
}

const one = (a: unknown): AxisLike | undefined => (Array.isArray(a) ? a[0] : a) as AxisLike | undefined;

/** A point's text as the chart shows it: its own text (未提及, 约40次 …), else its number; a gap is —. */
function cellText(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v === '-' ? '—' : v.replace(/\n/g, '');
  if (v && typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('value' in v) return cellText(v.value);
  }
  return '—';
}

/**
 * The table of a chart with one category axis (bars, lines): a row per category, a column per series.
 * Null for charts of another shape, which give their table themselves.
 */
export function tableOfOption(option: ChartOption, corner = '类别'): ChartTable | null {
  const x = one(option.xAxis);
  const y = one(option.yAxis);
  const axis = x?.type === 'category' ? x : y?.type === 'category' ? y : undefined;
  const series = ([] as unknown[]).concat(option.series ?? []) as SeriesLike[];
  if (!axis?.data || series.length === 0 || (Array.isArray(option.grid) && option.grid.length > 1))
    return null;
  return {
    columns: [corner, ...series.map((s, i) => s.name ?? (series.length === 1 ? '数值' : `系列${i + 1}`))],
    rows: axis.data.map((label, i) => ({
      head: cellText(label),
      cells: series.map((s) => cellText(s.data?.[i])),
    })),
  };
}

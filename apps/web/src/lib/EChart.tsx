import { useEffect, useRef } from 'react';
import { type ChartTable, tableOfOption } from './chartTable.ts';
import { type ChartOption, type EChartsType, init } from './echarts.ts';

export interface ChartClick {
  data: unknown;
  dataIndex: number;
  seriesIndex: number | undefined;
  name: string;
}

interface Props {
  option: ChartOption;
  height: number;
  /** what the chart shows, for screen readers and tests */
  label: string;
  onClick?: (e: ChartClick) => void;
  /** the instance, for exporting a PNG */
  onReady?: (chart: EChartsType) => void;
  /** called when the chart has finished drawing (print waits for it) */
  onDrawn?: () => void;
  /** the chart's figures as a table, for keyboards and screen readers; read from a category chart if not given */
  table?: ChartTable | null;
  /** the heading of the table's first column (单位, 年度 …) */
  tableCorner?: string;
}

/**
 * ECharts 6.1 paints a large list over several animation frames and checks only its redraw id before each
 * next frame; dispose() does not change that id, so a chart removed mid-paint (a view re-rendering on a busy
 * machine) throws "reading 'layerStack'" a frame later. A new id makes the pending frame stop first.
 */
function stopPendingPaint(c: EChartsType) {
  const painter = c.getZr().painter as unknown as { _redrawId?: unknown };
  if ('_redrawId' in painter) painter._redrawId = Symbol('disposed');
}

/** The only ECharts wrapper: init, setOption, resize, dispose. */
export function EChart({ option, height, label, onClick, onReady, onDrawn, table, tableCorner }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;

  useEffect(() => {
    if (!box.current) return;
    const c = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('finished', () => {
      if (box.current) box.current.dataset.drawn = 'true';
      drawn.current?.();
      // the first chart of a page load, read by `pnpm bench:web`
      if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
    });
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      stopPendingPaint(c);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    const handler = (p: unknown) => onClick(p as ChartClick);
    c.on('click', handler);
    return () => {
      c.off('click', handler);
    };
  }, [onClick]);

  useEffect(() => {
    if (chart.current && onReady) onReady(chart.current);
  }, [onReady]);

  const figures = table === undefined ? tableOfOption(option, tableCorner) : table;
  return (
    <>
      <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-chart={label} />
      {figures && <FiguresTable label={label} table={figures} />}
    </>
  );
}

/** The chart's figures, folded under the chart; a keyboard opens it from its summary. */
function FiguresTable({ label, table }: { label: string; table: ChartTable }) {
  const [corner, ...columns] = table.columns;
  return (
    <details className="chart-table" data-table-of={label}>
      <summary>数据表</summary>
      <div className="table-wrap">
        <table className="data">
          <caption>{label}的数据</caption>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.head}</th>
                {r.cells.map((c, j) => (
                  <td className="num" key={j}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

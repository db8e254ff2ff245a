import { useEffect, useRef } from 'react';
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
}

/** The only ECharts wrapper: init, setOption, resize, dispose. */
export function EChart({ option, height, label, onClick, onReady, onDrawn }: Props) {
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

  return (
    <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-chart={label} />
  );
}

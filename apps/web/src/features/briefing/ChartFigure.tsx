import type { BriefingChartData } from '@fazhi/contract';
import { useMemo } from 'react';
import { EChart } from '../../lib/EChart.tsx';
import { openChartPoint } from '../../lib/evidence.tsx';
import { downloadSlidePng } from '../../lib/slidePng.ts';
import { toBriefingChartOption } from './options.ts';

/** A chart of the briefing, with its own PNG download sized for a 16:9 slide. */
export function ChartFigure({
  chart,
  fileName,
  onDrawn,
  height = 260,
  untitled = false,
}: {
  chart: BriefingChartData;
  fileName: string;
  onDrawn: () => void;
  height?: number;
  /** the page's heading says the title */
  untitled?: boolean;
}) {
  const option = useMemo(() => toBriefingChartOption(chart, { untitled }), [chart, untitled]);
  return (
    <figure className="briefing-chart">
      <EChart
        option={option}
        height={height}
        label={chart.title}
        onClick={openChartPoint}
        onDrawn={onDrawn}
      />
      <button
        type="button"
        className="button no-print"
        onClick={() =>
          downloadSlidePng(toBriefingChartOption(chart, { slide: true }), `${fileName}-${chart.title}`)
        }
      >
        下载 PNG（16:9）
      </button>
    </figure>
  );
}

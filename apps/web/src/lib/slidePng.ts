import { type ChartOption, init } from './echarts.ts';

/** A 16:9 slide's worth of chart, in CSS pixels; saved at twice that (1920×1080). */
export const SLIDE = { width: 960, height: 540, pixelRatio: 2 } as const;

/**
 * Draws a chart off screen at slide size on a white background and saves it as a PNG, so the image is
 * the same whatever the size of the window it was clicked in.
 */
export function downloadSlidePng(option: ChartOption, fileName: string): void {
  const box = document.createElement('div');
  box.style.cssText = `position:fixed;left:-10000px;top:0;width:${SLIDE.width}px;height:${SLIDE.height}px`;
  document.body.append(box);
  const chart = init(box, undefined, { renderer: 'canvas', width: SLIDE.width, height: SLIDE.height });
  try {
    chart.setOption({ ...option, animation: false });
    const a = document.createElement('a');
    a.href = chart.getDataURL({ type: 'png', pixelRatio: SLIDE.pixelRatio, backgroundColor: '#ffffff' });
    a.download = `${fileName}.png`;
    a.click();
  } finally {
    chart.dispose();
    box.remove();
  }
}

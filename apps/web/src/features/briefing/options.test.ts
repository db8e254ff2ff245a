import type { BriefingChartData } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { toBriefingChartOption } from './options.ts';

const units: BriefingChartData = {
  kind: 'units',
  title: '各乡镇（街道）排查调处矛盾纠纷件数（2022—2023年）',
  unit: '件',
  series: ['2023年', '2022年'],
  rows: [
    { label: '邢庄镇', values: [50, 40], facts: [[1], [2]] },
    { label: '城关镇', values: [30, null], facts: [[3], []] },
  ],
};
const trend: BriefingChartData = {
  kind: 'trend',
  title: '全县排查调处矛盾纠纷件数历年合计',
  unit: '件',
  series: ['排查调处矛盾纠纷件数'],
  rows: [
    { label: '2021年（2个单位）', values: [70], facts: [[4, 5]] },
    { label: '2022年（0个单位）', values: [null], facts: [[]] },
  ],
};

type Series = {
  type: string;
  name: string;
  data: { value: number | null; factIds: number[] }[];
  itemStyle: { decal?: unknown };
};
const seriesOf = (o: ReturnType<typeof toBriefingChartOption>) => o.series as unknown as Series[];

describe('briefing charts', () => {
  test('units: this year and last as bars, a missing year a gap (never 0), each bar with its facts', () => {
    const s = seriesOf(toBriefingChartOption(units));
    expect(s.map((x) => [x.type, x.name])).toEqual([
      ['bar', '2023年'],
      ['bar', '2022年'],
    ]);
    expect(s[1]?.data).toEqual([
      { value: 40, factIds: [2] },
      { value: null, factIds: [] },
    ]);
    expect(s[0]?.itemStyle.decal).toBeUndefined();
    expect(s[1]?.itemStyle.decal).toBeDefined();
  });

  test('trend: one line over the years, with gaps where no unit reported', () => {
    const o = toBriefingChartOption(trend);
    const s = seriesOf(o);
    expect(s.map((x) => x.type)).toEqual(['line']);
    expect(s[0]?.data.map((d) => d.value)).toEqual([70, null]);
    expect((o.xAxis as { data: string[] }).data).toEqual(['2021年（2个单位）', '2022年（0个单位）']);
  });

  test('a slide image has larger type and a white background, and no animation', () => {
    const page = toBriefingChartOption(units);
    const slide = toBriefingChartOption(units, { slide: true });
    const size = (o: typeof page) => (o.title as { textStyle: { fontSize: number } }).textStyle.fontSize;
    expect(size(slide)).toBeGreaterThan(size(page));
    expect(slide.backgroundColor).toBe('#ffffff');
    expect(slide.animation).toBe(false);
  });
});

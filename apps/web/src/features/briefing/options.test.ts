import type { BriefingChartData } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { toBriefingChartOption } from './options.ts';

const units: BriefingChartData = {
  kind: 'units',
  title: '各乡镇（街道）排查调处矛盾纠纷件数（2022—2023年）',
  unit: '件',
  series: ['2023年', '2022年'],
  rows: [
    { label: '邢庄镇', values: [50, 40], states: ['value', 'value'], facts: [[1], [2]] },
    { label: '城关镇', values: [30, null], states: ['value', 'no_report'], facts: [[3], []] },
    { label: '白马镇', values: [null, 20], states: ['not_mentioned', 'value'], facts: [[], [6]] },
  ],
};
const trend: BriefingChartData = {
  kind: 'trend',
  title: '全县排查调处矛盾纠纷件数历年合计',
  unit: '件',
  series: ['排查调处矛盾纠纷件数'],
  rows: [
    { label: '2021年（2个单位）', values: [70], states: ['value'], facts: [[4, 5]] },
    { label: '2022年（0个单位）', values: [null], states: ['not_mentioned'], facts: [[]] },
  ],
};

type Series = {
  type: string;
  name: string;
  data: { value: number | null; factIds: number[]; text: string }[];
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
      { value: 40, factIds: [2], text: '40件' },
      { value: null, factIds: [], text: '未报送' },
      { value: 20, factIds: [6], text: '20件' },
    ]);
    expect(s[0]?.itemStyle.decal).toBeUndefined();
    expect(s[1]?.itemStyle.decal).toBeDefined();
  });

  test('the tooltip says which gap is 未报送 and which is 未提及', () => {
    const o = toBriefingChartOption(units);
    const format = (o.tooltip as { formatter: (p: unknown) => string }).formatter;
    const s = seriesOf(o);
    const at = (n: number) =>
      s.map((x) => ({
        marker: '',
        seriesName: x.name,
        axisValueLabel: units.rows[n]?.label,
        data: x.data[n],
      }));
    expect(format(at(1))).toBe('城关镇<br/>2023年：30件<br/>2022年：未报送');
    expect(format(at(2))).toBe('白马镇<br/>2023年：未提及<br/>2022年：20件');
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

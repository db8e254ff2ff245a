import type { HeadlineFigure } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { focusChartHeight, focusPanels, toFocusChangeOption } from './options.ts';

const headline = (
  key: HeadlineFigure['indicator']['key'],
  label: string,
  unit: string,
  change: HeadlineFigure['change'],
): HeadlineFigure => ({
  indicator: { key, label, unit, direction: 'higher', combine: 'sum' },
  measure: unit === '%' ? 'median' : 'sum',
  value: change?.current ?? null,
  qualifier: change ? 'exact' : null,
  units: change?.units ?? 0,
  absent: { noReport: 0, notMentioned: 0 },
  min: null,
  max: null,
  best: null,
  worst: null,
  change,
});

const training = headline('train.sessions', '培训次数', '次', {
  abs: 1,
  pct: 1.2,
  units: 10,
  current: 86,
  previous: 85,
});
const rate = headline('dispute.rate', '调处率', '%', {
  abs: -3.9,
  pct: -4,
  units: 5,
  current: 94.8,
  previous: 98.7,
});
const none = headline('recon.received', '复议受理件数', '件', null);

type Panelled = { title: { text: string; subtext: string }[]; series: { name: string; data: unknown[] }[] };

describe('the first screen’s focus chart', () => {
  test('draws only the indicators units reported in both years, with the two ends of the same-basis change', () => {
    expect(focusPanels([training, none, rate]).map((p) => [p.key, p.previous, p.current, p.units])).toEqual([
      ['train.sessions', 85, 86, 10],
      ['dispute.rate', 98.7, 94.8, 5],
    ]);
  });

  test('says under each title whether it is a total or a median, and over how many units', () => {
    const o = toFocusChangeOption(focusPanels([training, rate]), 2024, 2) as unknown as Panelled;
    expect(o.title.map((t) => t.subtext)).toEqual(['合计 · 10个单位同口径', '中位数 · 5个单位同口径']);
  });

  test('puts last year and this year side by side in each panel, named by year', () => {
    const o = toFocusChangeOption(focusPanels([training]), 2024, 2) as unknown as Panelled;
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['2023年', [85, '-']],
      ['2024年', ['-', 86]],
    ]);
  });

  test.each([
    [4, 4, 1],
    [4, 2, 2],
    [3, 2, 2],
    [1, 2, 1],
  ])('%i panels in %i columns take %i rows of height', (panels, columns, rows) => {
    expect(focusChartHeight(panels, columns)).toBe(
      focusChartHeight(1, 1) + (rows - 1) * (focusChartHeight(2, 1) - focusChartHeight(1, 1)),
    );
  });
});

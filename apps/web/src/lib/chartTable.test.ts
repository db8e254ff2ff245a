import { describe, expect, test } from 'vitest';
import { tableOfOption } from './chartTable.ts';
import type { ChartOption } from './echarts.ts';

describe('a chart’s data table', () => {
  test('has a row per category and a column per series, with each point’s own text', () => {
    const option: ChartOption = {
      xAxis: { type: 'category', data: ['甲镇', '乙镇'] },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: '2023年',
          data: [
            { value: 10, text: '10次' },
            { value: '-', text: '未提及' },
          ],
        },
        { type: 'bar', name: '2024年', data: [12, '-'] },
      ],
    } as ChartOption;
    expect(tableOfOption(option, '单位')).toEqual({
      columns: ['单位', '2023年', '2024年'],
      rows: [
        { head: '甲镇', cells: ['10次', '12'] },
        { head: '乙镇', cells: ['未提及', '—'] },
      ],
    });
  });

  test('reads the category axis on the side for horizontal bars', () => {
    const option = {
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: ['丙乡'] },
      series: [{ type: 'bar', data: [{ value: 3, text: '约3件' }] }],
    } as ChartOption;
    expect(tableOfOption(option)?.rows).toEqual([{ head: '丙乡', cells: ['约3件'] }]);
  });

  test('gives none for a chart of several panels, which brings its own', () => {
    const option = {
      grid: [{}, {}],
      xAxis: [{ type: 'category', data: ['2023年'] }],
      yAxis: [{ type: 'value' }],
      series: [{ type: 'bar', data: [1] }],
    } as ChartOption;
    expect(tableOfOption(option)).toBeNull();
  });
});

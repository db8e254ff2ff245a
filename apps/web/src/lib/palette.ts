// One palette for every chart. This year and last year differ in lightness and pattern as well as hue,
// so they still read apart when a briefing is printed in black and white.
export const PALETTE = {
  thisYear: '#1f4e79',
  lastYear: '#a9c1d9',
  categorical: [
    '#1f4e79',
    '#c0504d',
    '#4f8a3c',
    '#d08b1f',
    '#6b4c9a',
    '#2a9d9b',
    '#8c564b',
    '#d45a9b',
    '#5a6b7b',
    '#9aa52f',
  ],
  heat: ['#d4e3f2', '#a9c6e3', '#7aa6d1', '#4a7fb5', '#1f4e79'],
  /** 未提及: a report without the figure; 未报送 (no report) is white and hatched, see noReportDecal */
  notMentioned: '#e4e4e4',
  noReport: '#ffffff',
  text: '#333333',
  /* 未提及 in a heatmap cell: #595959 on the cell's grey #e4e4e4 is 5.5:1 */
  muted: '#595959',
} as const;

/** Diagonal hatching on last year's bars. */
export const lastYearDecal = () => ({
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(0, 0, 0, 0.35)',
});

/** Sparse hatching on cells of a unit-year without a report (未报送), apart from plain grey 未提及. */
export const noReportDecal = () => ({
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [1, 5],
  rotation: Math.PI / 4,
  color: 'rgba(0, 0, 0, 0.22)',
});

export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

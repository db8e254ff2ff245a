import { getIndicator, type IndicatorKey } from '@fazhi/catalog';
import { type ValueState, valueState } from '@fazhi/catalog/wording';
import type { Cell } from '@fazhi/values';
import type { RankingRow } from '../ranking.ts';
import type { Peers } from './leaders.ts';
import { OUTCOMES, peersOf, subjectOf } from './sentences.ts';
import type { Chart } from './types.ts';

type RankingRows = RankingRow[];
/** Whether any unit of the county has a report in force for a year. */
export type HasReports = (year: number) => boolean;

// a county figure is missing because no unit mentioned it (未提及) or no unit reported that year (未报送)
const countyState = (cells: Cell[], year: number, hasReports: HasReports): ValueState =>
  valueState(cells.length > 0, hasReports(year));

/** Each unit this year against last, highest first; units that reported neither year are left out. */
export function unitsChart(key: IndicatorKey, year: number, peers: Peers, rows: RankingRows): Chart | null {
  const shown = rows
    .filter((r) => r.value !== null || r.previous !== null)
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  if (!shown.some((r) => r.value !== null)) return null;
  const info = getIndicator(key);
  return {
    kind: 'units',
    title: `${peersOf(peers)}${subjectOf(info)}（${year - 1}—${year}年）`,
    unit: info.unit,
    series: [`${year}年`, `${year - 1}年`],
    rows: shown.map((r) => ({
      label: r.unit.name,
      values: [r.value, r.previous?.value ?? null],
      states: [r.state, r.previousState],
      facts: [r.factIds, r.previous?.factIds ?? []],
    })),
  };
}

/** The county total of a count in every year up to this one, with how many units it adds up. */
export function trendChart(
  key: IndicatorKey,
  years: number[],
  cellsOf: (key: IndicatorKey, year: number) => Cell[],
  hasReports: HasReports,
): Chart | null {
  const info = getIndicator(key);
  const rows = years.map((y) => {
    const cells = cellsOf(key, y);
    return {
      label: `${y}年（${cells.length}个单位）`,
      values: [cells.length === 0 ? null : Math.round(cells.reduce((a, c) => a + c.value, 0) * 100) / 100],
      states: [countyState(cells, y, hasReports)],
      facts: [cells.flatMap((c) => c.factIds)],
    };
  });
  if (rows.filter((r) => r.values[0] !== null).length < 2) return null;
  return {
    kind: 'trend',
    title: `全县${subjectOf(info)}历年合计`,
    unit: info.unit,
    series: [subjectOf(info)],
    rows,
  };
}

/** Reconsideration outcomes summed over the county, this year against last. */
export function outcomesChart(
  year: number,
  cellsOf: (key: IndicatorKey, year: number) => Cell[],
  hasReports: HasReports,
): Chart | null {
  const sum = (cells: Cell[]) => (cells.length === 0 ? null : cells.reduce((a, c) => a + c.value, 0));
  const rows = OUTCOMES.map(([key, label]) => {
    const [now, before] = [cellsOf(key, year), cellsOf(key, year - 1)];
    return {
      label,
      values: [sum(now), sum(before)],
      states: [countyState(now, year, hasReports), countyState(before, year - 1, hasReports)],
      facts: [now.flatMap((c) => c.factIds), before.flatMap((c) => c.factIds)],
    };
  }).filter((r) => r.values[0] !== null || r.values[1] !== null);
  if (!rows.some((r) => r.values[0] !== null)) return null;
  return {
    kind: 'outcomes',
    title: `全县行政复议结果（${year - 1}—${year}年）`,
    unit: '件',
    series: [`${year}年`, `${year - 1}年`],
    rows,
  };
}

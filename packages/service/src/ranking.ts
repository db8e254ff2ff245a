import {
  getIndicator,
  type IndicatorKey,
  inGroup,
  type UnitGroup,
  type ValueQualifier,
  type ValueStatus,
} from '@fazhi/catalog';
import { type ValueState, valueState } from '@fazhi/catalog/wording';
import type { Region, Unit } from '@fazhi/db';
import { type Cell, type Change, changeBetween } from '@fazhi/values';
import { resolveIndicator } from './county.ts';
import { indicatorInfo, unitRef } from './lists.ts';
import { competitionRanks } from './rank.ts';
import { type CountyCells, modelOf, type ReadSource } from './read-model.ts';
import type { CountyRef, IndicatorInfo, UnitRef } from './refs.ts';
import { reportedIn } from './states.ts';

/** One unit's place: its figure or why there is none (never 0), its rank, and last year's. */
export interface RankingRow {
  unit: UnitRef;
  /** null: not ranked (no figure, small base, or no population for per-10k) */
  rank: number | null;
  tied: boolean;
  state: ValueState;
  value: number | null;
  qualifier: ValueQualifier | null;
  status: ValueStatus | null;
  factIds: number[];
  per10k: number | null;
  /** the count a rate is taken of, when stated */
  base: number | null;
  smallBase: boolean;
  previous: { value: number; qualifier: ValueQualifier; rank: number | null; factIds: number[] } | null;
  previousState: ValueState;
  change: (Change & { rank: number | null }) | null;
}
/** A row with a figure this year. */
export type RowWithFigure = RankingRow & { value: number; qualifier: ValueQualifier; status: ValueStatus };
/** A row with a figure and a rank. */
export type RankedRow = RowWithFigure & { rank: number };

export const hasFigure = (row: RankingRow): row is RowWithFigure =>
  row.value !== null && row.qualifier !== null && row.status !== null;
export const isRanked = (row: RankingRow): row is RankedRow => hasFigure(row) && row.rank !== null;

export interface Ranking {
  county: CountyRef;
  indicator: IndicatorInfo;
  year: number;
  group: UnitGroup;
  per10k: boolean;
  minBase: number;
  asOf: string | null;
  /** share of the shown values a person has reviewed, 0–1 */
  reviewedShare: number;
  /** units of the group with a report in force for the year; 0: the year is empty, said once */
  reported: number;
  rows: RankingRow[];
}

/** Which ranking of a county: the year, townships or departments, per 10,000 residents or not. */
export interface RankingView {
  year: number;
  group: UnitGroup;
  per10k: boolean;
}

/** A ranking as asked for by name: the county by name or id, the indicator by key or label. */
export interface RankingParams extends RankingView {
  county: string;
  indicator: string;
}

const BY_NAME = new Intl.Collator('zh-CN');

// ranked first, then shown-but-unranked values, then reports without the figure (未提及), then no report (未报送)
const ABSENT_ORDER: Record<ValueState, number> = { value: 1e6, not_mentioned: 1e9, no_report: 2e9 };

/**
 * A county's units ranked on one indicator in one year, in the indicator's direction, townships and
 * sub-districts apart from departments. Units without the figure come last, 未提及 apart from 未报送, and are
 * never 0; a rate on a base below `minBase` is shown but not ranked; per 10,000 residents where a unit's
 * population is known. A year in which no unit of the group has a report lists no unit as 未报送.
 */
export async function ranking(source: ReadSource, q: RankingParams, minBase: number): Promise<Ranking> {
  const model = await modelOf(source);
  const county = await model.county(q.county);
  const key = resolveIndicator(q.indicator);
  return rankUnits(await model.countyCells(county.id), county, key, q, minBase);
}

/** A county's units ranked on one indicator (see `ranking`), for callers that hold the county and key. */
export function rankUnits(
  cells: CountyCells,
  county: Region,
  key: IndicatorKey,
  q: RankingView,
  minBase: number,
): Ranking {
  const info = getIndicator(key);
  const { table, asOf, units: countyUnits, reported } = cells;
  const none: ReadonlyMap<number, Cell> = new Map();
  const [valuesNow, valuesBefore] = [table.column(key, q.year), table.column(key, q.year - 1)];
  const [basesNow, basesBefore] = info.base
    ? [table.column(info.base, q.year), table.column(info.base, q.year - 1)]
    : [none, none];
  const units = countyUnits.filter((u) => inGroup(u.type, q.group));
  const [reportedNow, reportedBefore] = [reportedIn(reported, q.year), reportedIn(reported, q.year - 1)];
  const reportedUnits = units.filter((u) => reportedNow.has(u.id)).length;
  const normalise = q.per10k && info.combine === 'sum';

  const measure = (u: Unit, values: ReadonlyMap<number, Cell>, bases: ReadonlyMap<number, Cell>) => {
    const cell = values.get(u.id);
    const base = info.base ? (bases.get(u.id)?.value ?? null) : null;
    const per10k =
      cell && normalise && u.population ? Math.round((cell.value / u.population) * 1_000_000) / 100 : null;
    const smallBase = base !== null && base < minBase;
    const eligible = cell !== undefined && !smallBase && (!normalise || per10k !== null);
    return { cell, base, per10k, smallBase, eligible, score: normalise ? (per10k ?? 0) : (cell?.value ?? 0) };
  };
  const now = units.map((u) => ({ u, ...measure(u, valuesNow, basesNow) }));
  const before = new Map(units.map((u) => [u.id, measure(u, valuesBefore, basesBefore)]));
  const rank = (list: { id: number; eligible: boolean; score: number }[]) =>
    competitionRanks(
      list.filter((m) => m.eligible).map((m) => ({ id: m.id, value: m.score })),
      info.direction,
    );
  const ranks = rank(now.map((m) => ({ id: m.u.id, eligible: m.eligible, score: m.score })));
  const prevRanks = rank([...before].map(([id, m]) => ({ id, eligible: m.eligible, score: m.score })));

  const rows: RankingRow[] = now.map((m) => {
    const r = ranks.get(m.u.id);
    const prev = before.get(m.u.id)?.cell;
    const prevRank = prevRanks.get(m.u.id)?.rank ?? null;
    const change = m.cell && prev ? changeBetween(prev.value, m.cell.value) : null;
    return {
      unit: unitRef(m.u),
      rank: r?.rank ?? null,
      tied: r?.tied ?? false,
      state: valueState(m.cell !== undefined, reportedNow.has(m.u.id)),
      value: m.cell?.value ?? null,
      qualifier: m.cell?.qualifier ?? null,
      status: m.cell?.status ?? null,
      factIds: m.cell?.factIds ?? [],
      per10k: m.per10k,
      base: m.base,
      smallBase: m.smallBase,
      previous: prev
        ? { value: prev.value, qualifier: prev.qualifier, rank: prevRank, factIds: prev.factIds }
        : null,
      previousState: valueState(prev !== undefined, reportedBefore.has(m.u.id)),
      change: change && { ...change, rank: r && prevRank !== null ? prevRank - r.rank : null },
    };
  });
  const order = (row: RankingRow) => row.rank ?? ABSENT_ORDER[row.state];
  rows.sort((a, b) => order(a) - order(b) || BY_NAME.compare(a.unit.name, b.unit.name));
  const present = rows.filter((r) => r.state === 'value');
  return {
    county: { id: county.id, name: county.name },
    indicator: indicatorInfo(info),
    year: q.year,
    group: q.group,
    per10k: normalise,
    minBase,
    asOf,
    reviewedShare:
      present.length === 0 ? 0 : present.filter((r) => r.status !== 'auto').length / present.length,
    reported: reportedUnits,
    // an empty year is said once (reported: 0), not as every unit 未报送
    rows: reportedUnits === 0 ? present : rows,
  };
}

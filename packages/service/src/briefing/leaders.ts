import { getIndicator, type IndicatorKey, judges, PEER_GROUPS, type PeerGroup } from '@fazhi/catalog';
import type { Region } from '@fazhi/db';
import { median } from '../headline.ts';
import { indicatorInfo } from '../lists.ts';
import {
  hasFigure,
  isRanked,
  type RankedRow,
  type RankingRow,
  type RowWithFigure,
  rankUnits,
} from '../ranking.ts';
import type { CountyCells } from '../read-model.ts';
import { leadersSentence, type Sentence } from './sentences.ts';
import type { LeaderEntry, Leaders } from './types.ts';

export type Peers = PeerGroup;

const entry = (r: RowWithFigure): LeaderEntry => ({
  unit: { id: r.unit.id, name: r.unit.name },
  rank: r.rank,
  tied: r.tied,
  value: r.value,
  qualifier: r.qualifier,
  status: r.status,
  factIds: r.factIds,
});

/** The first three and the last three ranked units (more when tied); the last only past three units. */
export function ends<R extends { rank: number }>(ranked: R[]): { top: R[]; bottom: R[] } {
  const third = ranked[2];
  if (ranked.length <= 3 || !third) return { top: ranked, bottom: [] };
  const top = ranked.filter((r) => r.rank <= third.rank);
  const rest = ranked.filter((r) => r.rank > third.rank);
  const edge = rest[Math.max(0, rest.length - 3)];
  if (!edge) return { top, bottom: [] };
  return { top, bottom: rest.filter((r) => r.rank >= edge.rank) };
}

/** Ranking rows of one indicator among peers in the briefing's county and year, each computed once. */
export type RowsOf = (key: IndicatorKey, peers: Peers) => RankingRow[];
export function rankingRows(cells: CountyCells, county: Region, year: number, minBase: number): RowsOf {
  const memo = new Map<Peers, Map<IndicatorKey, RankingRow[]>>(PEER_GROUPS.map((p) => [p, new Map()]));
  return (key, peers) => {
    const known = memo.get(peers);
    const hit = known?.get(key);
    if (hit) return hit;
    const rows = rankUnits(cells, county, key, { year, group: peers, per10k: false }, minBase).rows;
    known?.set(key, rows);
    return rows;
  };
}

/** The peers an indicator is compared among: townships when any gave it, county departments otherwise. */
export function peersOf(key: IndicatorKey, rowsOf: RowsOf): Peers | null {
  return PEER_GROUPS.find((peers) => rowsOf(key, peers).some(hasFigure)) ?? null;
}

/**
 * One indicator among its peers: who ranks first and last (leaders and laggards, only of an indicator
 * that is better one way: a caseload has none), and the sentence that says who is highest and lowest.
 * A rate's median is over every peer that gave it, as in the briefing's table.
 */
export function leadersOf(
  key: IndicatorKey,
  rowsOf: RowsOf,
): { table: Leaders | null; sentence: Sentence | null; ranked: number; present: number } | null {
  const peers = peersOf(key, rowsOf);
  if (!peers) return null;
  const rows = rowsOf(key, peers);
  const present = rows.filter(hasFigure);
  const ranked: RankedRow[] = present.filter(isRanked);
  const info = getIndicator(key);
  const sentence = leadersSentence({
    indicator: info,
    peers,
    ranked: ranked.map((row) => ({
      name: row.unit.name,
      value: row.value,
      qualifier: row.qualifier,
      factIds: row.factIds,
    })),
    unranked: present.length - ranked.length,
    median: info.combine === 'sum' || present.length < 3 ? null : median(present.map((row) => row.value)),
  });
  const counted = { ranked: ranked.length, present: present.length };
  if (!judges(info.direction)) return { table: null, sentence, ...counted };
  const { top, bottom } = ends(ranked);
  const table: Leaders = {
    indicator: indicatorInfo(info),
    peers,
    ranked: ranked.length,
    unranked: present.length - ranked.length,
    absent: {
      noReport: rows.filter((row) => row.state === 'no_report').length,
      notMentioned: rows.filter((row) => row.state === 'not_mentioned').length,
    },
    top: top.map(entry),
    bottom: bottom.map(entry),
  };
  return { table, sentence, ...counted };
}

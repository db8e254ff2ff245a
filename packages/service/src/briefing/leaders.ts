import { getIndicator, type IndicatorKey, PEER_GROUPS, type PeerGroup } from '@fazhi/catalog';
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
import type { ReadModel } from '../read-model.ts';
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
export function rankingRows(model: ReadModel, county: Region, year: number, minBase: number): RowsOf {
  const memo = new Map<Peers, Map<IndicatorKey, RankingRow[]>>(PEER_GROUPS.map((p) => [p, new Map()]));
  return (key, peers) => {
    const known = memo.get(peers);
    const hit = known?.get(key);
    if (hit) return hit;
    const rows = rankUnits(model, county, key, { year, group: peers, per10k: false }, minBase).rows;
    known?.set(key, rows);
    return rows;
  };
}

/**
 * One indicator among peers: who ranks first and last, and the sentence that says who is highest and
 * lowest. Townships are compared when any reported it; county departments otherwise.
 */
export function leadersOf(
  key: IndicatorKey,
  rowsOf: RowsOf,
): { table: Leaders; sentence: Sentence | null } | null {
  for (const peers of PEER_GROUPS) {
    const rows = rowsOf(key, peers);
    const present = rows.filter(hasFigure);
    if (present.length === 0) continue;
    const ranked: RankedRow[] = present.filter(isRanked);
    const { top, bottom } = ends(ranked);
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
      median: info.combine === 'sum' || ranked.length < 3 ? null : median(ranked.map((row) => row.value)),
    });
    return {
      table: {
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
      },
      sentence,
    };
  }
  return null;
}

import { getIndicator, type IndicatorKey, PEER_GROUPS, type PeerGroup } from '@fazhi/catalog';
import type { BriefingEntry, BriefingLeaders, RankingRow } from '@fazhi/contract';
import type { z } from 'zod';
import { median } from '../headline.ts';
import { indicatorInfo } from '../lists.ts';
import { ranking } from '../ranking.ts';
import type { ReadSource } from '../read-model.ts';
import { leadersSentence, type Sentence } from './sentences.ts';

type Row = z.infer<typeof RankingRow>;
type Entry = z.infer<typeof BriefingEntry>;
export type Peers = PeerGroup;

const entry = (r: Row): Entry => ({
  unit: { id: r.unit.id, name: r.unit.name },
  rank: r.rank,
  tied: r.tied,
  value: r.value as number,
  qualifier: r.qualifier ?? 'exact',
  status: r.status ?? 'auto',
  factIds: r.factIds,
});

/** The first three and the last three ranked units (more when tied); the last only past three units. */
export function ends(ranked: Row[]): { top: Row[]; bottom: Row[] } {
  if (ranked.length <= 3) return { top: ranked, bottom: [] };
  const cut = (ranked[2] as Row).rank as number;
  const top = ranked.filter((r) => (r.rank as number) <= cut);
  const rest = ranked.filter((r) => (r.rank as number) > cut);
  if (rest.length === 0) return { top, bottom: [] };
  const floor = (rest[Math.max(0, rest.length - 3)] as Row).rank as number;
  return { top, bottom: rest.filter((r) => (r.rank as number) >= floor) };
}

/** Ranking rows of one indicator among peers in the briefing's county and year, each computed once. */
export type RowsOf = (key: IndicatorKey, peers: Peers) => Row[];
export function rankingRows(
  source: ReadSource,
  q: { county: string; year: number },
  minBase: number,
): RowsOf {
  const memo = new Map<string, Row[]>();
  return (key, peers) => {
    const hit = memo.get(`${key}|${peers}`);
    if (hit) return hit;
    const rows = ranking(source, { ...q, indicator: key, group: peers, per10k: false }, minBase).rows;
    memo.set(`${key}|${peers}`, rows);
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
): { table: z.infer<typeof BriefingLeaders>; sentence: Sentence | null } | null {
  for (const peers of PEER_GROUPS) {
    const rows = rowsOf(key, peers);
    const present = rows.filter((row) => row.state === 'value');
    if (present.length === 0) continue;
    const ranked = present.filter((row) => row.rank !== null);
    const { top, bottom } = ends(ranked);
    const info = getIndicator(key);
    const sentence = leadersSentence({
      indicator: info,
      peers,
      ranked: ranked.map((row) => ({
        name: row.unit.name,
        value: row.value as number,
        qualifier: row.qualifier,
        factIds: row.factIds,
      })),
      unranked: present.length - ranked.length,
      median:
        info.combine === 'sum' || ranked.length < 3 ? null : median(ranked.map((row) => row.value as number)),
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

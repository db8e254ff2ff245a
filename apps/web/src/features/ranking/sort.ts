import type { RankingEntry } from '@fazhi/contract';

export type SortKey = 'rank' | 'name' | 'value' | 'change' | 'rankChange';
export type SortDir = 'asc' | 'desc';

const BY_NAME = new Intl.Collator('zh-CN');

const measure = (r: RankingEntry, key: SortKey): number | string | null => {
  switch (key) {
    case 'name':
      return r.unit.name;
    case 'value':
      return r.per10k ?? r.value;
    case 'change':
      return r.change?.abs ?? null;
    case 'rankChange':
      return r.change?.rank ?? null;
    default:
      return r.rank;
  }
};

/**
 * The ranking table in the order a person clicked. Rows without the sorted figure (未提及, not ranked,
 * no previous year) stay at the bottom whichever way the column is sorted; the API's order breaks ties.
 */
export function sortRows(rows: readonly RankingEntry[], key: SortKey, dir: SortDir): RankingEntry[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, m: measure(row, key) }))
    .sort((a, b) => {
      if (a.m === null || b.m === null) return a.m === null ? (b.m === null ? a.i - b.i : 1) : -1;
      const d =
        typeof a.m === 'string' || typeof b.m === 'string'
          ? BY_NAME.compare(String(a.m), String(b.m))
          : a.m - b.m;
      return d !== 0 ? sign * d : a.i - b.i;
    })
    .map((x) => x.row);
}

export const parseSort = (key: string | null, dir: string | null): { key: SortKey; dir: SortDir } => ({
  key: (['rank', 'name', 'value', 'change', 'rankChange'] as const).find((k) => k === key) ?? 'rank',
  dir: dir === 'desc' ? 'desc' : dir === 'asc' ? 'asc' : key === null || key === 'rank' ? 'asc' : 'desc',
});

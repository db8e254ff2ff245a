import type { Ranking } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import type { UnitGroup } from '../../lib/GroupPicker.tsx';
import { href } from '../../lib/router.tsx';

export interface RankingParams {
  county: string;
  indicator: string;
  year: number;
  group: UnitGroup;
  per10k: boolean;
}

export const rankingQuery = (q: RankingParams) =>
  queryOptions({
    queryKey: ['ranking', q],
    queryFn: ({ signal }) => getJson<Ranking>(href('/api/ranking', { ...q }), signal),
  });

/** The same table as a file, from the API's export routes. */
export const rankingExportHref = (q: RankingParams, ext: 'xlsx' | 'csv') =>
  href(`/api/ranking.${ext}`, { ...q });

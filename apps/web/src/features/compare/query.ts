import type { Comparison } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';

/** Every year of the county (the trend needs them all); the chosen indicators. */
export const compareQuery = (q: { county: string; indicators: readonly string[] }) =>
  queryOptions({
    queryKey: ['compare', { county: q.county, indicators: [...q.indicators] }],
    queryFn: ({ signal }) =>
      getJson<Comparison>(
        href('/api/compare', { county: q.county, indicators: q.indicators.join(',') }),
        signal,
      ),
  });

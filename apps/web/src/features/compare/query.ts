import type { Comparison } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import type { UnitGroup } from '../../lib/GroupPicker.tsx';
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

/** The screen as a file: its year against the year before, its unit group, its indicators. */
export const compareExportHref = (
  q: {
    county: string | null;
    indicators: readonly string[];
    year: number | null;
    base: number;
    group: UnitGroup;
  },
  ext: 'xlsx' | 'csv',
) =>
  href(`/api/compare.${ext}`, {
    county: q.county,
    indicators: q.indicators.join(','),
    year: q.year,
    base: q.base,
    group: q.group,
  });

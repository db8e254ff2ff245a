import type { Overview } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import type { UnitGroup } from '../../lib/GroupPicker.tsx';
import { href } from '../../lib/router.tsx';

export const overviewQuery = (q: { county: string; year: number; group: UnitGroup }) =>
  queryOptions({
    queryKey: ['overview', q],
    queryFn: ({ signal }) => getJson<Overview>(href('/api/overview', q), signal),
  });

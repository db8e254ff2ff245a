import type { UnitProfile } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';

export const unitQuery = (id: number) =>
  queryOptions({
    queryKey: ['unit', { id }],
    queryFn: ({ signal }) => getJson<UnitProfile>(`/api/units/${id}`, signal),
  });

import type { Completeness } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';

export const completenessQuery = (county: string) =>
  queryOptions({
    queryKey: ['completeness', { county }],
    queryFn: ({ signal }) => getJson<Completeness>(href('/api/completeness', { county }), signal),
  });

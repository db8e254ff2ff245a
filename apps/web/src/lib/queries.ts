import type { FactDetail, Indicators, Regions, Years } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from './api.ts';
import { href } from './router.tsx';

// Lists every view needs. Each endpoint has one factory; the key holds every input.
export const regionsQuery = () =>
  queryOptions({
    queryKey: ['regions'],
    queryFn: ({ signal }) => getJson<Regions>('/api/regions', signal),
    staleTime: 60_000,
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => getJson<Indicators>('/api/indicators', signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const yearsQuery = (county: string) =>
  queryOptions({
    queryKey: ['years', { county }],
    queryFn: ({ signal }) => getJson<Years>(href('/api/years', { county }), signal),
    staleTime: 60_000,
  });

export const factQuery = (id: number) =>
  queryOptions({
    queryKey: ['fact', { id }],
    queryFn: ({ signal }) => getJson<FactDetail>(`/api/facts/${id}`, signal),
  });

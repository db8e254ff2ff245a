import type { Fact, ReviewQueue, Units } from '@fazhi/contract';
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { getJson, sendJson } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';

/** The queue's filters as the URL holds them; the server checks them and says what is wrong. */
export type QueueFilter = {
  unit: string | null;
  indicator: string | null;
  year: string | null;
};

export const readQueueFilter = (params: URLSearchParams): QueueFilter => ({
  unit: params.get('unit') || null,
  indicator: params.get('indicator') || null,
  year: params.get('year') || null,
});

export const reviewQuery = (q: QueueFilter & { county: string | null; limit: number }) =>
  queryOptions({
    queryKey: ['review', q],
    queryFn: ({ signal }) => getJson<ReviewQueue>(href('/api/review', q), signal),
  });

/** The units of a county, for the queue's unit filter. */
export const countyUnitsQuery = (county: string | null) =>
  queryOptions({
    queryKey: ['units', { county }],
    queryFn: ({ signal }) => getJson<Units>(href('/api/units', { county }), signal),
    staleTime: 60_000,
  });

export type Decision =
  | { action: 'confirm'; reason?: string }
  | { action: 'correct'; value: number; qualifier?: string; reason: string }
  | { action: 'reject'; reason: string };

export interface NewFactInput {
  reportId: number;
  key: string;
  year: number;
  value: number;
  qualifier: string;
  evidence: string;
  spanStart: number | null;
  spanEnd: number | null;
  reason?: string;
}

export const decideFact = (id: number, d: Decision) => sendJson<Fact>('PATCH', `/api/facts/${id}`, d);
export const addFact = (f: NewFactInput) => sendJson<Fact>('POST', '/api/facts', f);

/** After a write every figure may have moved: refetch all but the session. */
export const refreshAfterWrite = (client: QueryClient) =>
  client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });

import type { Fact, ReviewQueue } from '@fazhi/contract';
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { getJson, sendJson } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';

export const reviewQuery = (q: { county: string | null; limit: number }) =>
  queryOptions({
    queryKey: ['review', q],
    queryFn: ({ signal }) =>
      getJson<ReviewQueue>(href('/api/review', { county: q.county, limit: q.limit }), signal),
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

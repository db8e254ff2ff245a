import type { ReportDetail } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';

export const reportQuery = (id: number) =>
  queryOptions({
    queryKey: ['report', { id }],
    queryFn: ({ signal }) => getJson<ReportDetail>(`/api/reports/${id}`, signal),
  });

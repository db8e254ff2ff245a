import type { Compliance, ReuseComparison } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';

/** 报送与质量 of a county's year: one row per unit. */
export const complianceQuery = (q: { county: string; year: number }) =>
  queryOptions({
    queryKey: ['compliance', { county: q.county, year: q.year }],
    queryFn: ({ signal }) =>
      getJson<Compliance>(href('/api/compliance', { county: q.county, year: q.year }), signal),
  });

/** The 通报 as a spreadsheet, in the shape county offices send round. */
export const complianceExportHref = (q: { county: string; year: number }) =>
  href('/api/compliance.xlsx', { county: q.county, year: q.year });

/** The passages two reports share, with their spans in each report's own text. */
export const reuseQuery = (q: { report: number; against: number }) =>
  queryOptions({
    queryKey: ['reuse', { report: q.report, against: q.against }],
    queryFn: ({ signal }) =>
      getJson<ReuseComparison>(href(`/api/reports/${q.report}/reuse`, { against: q.against }), signal),
  });

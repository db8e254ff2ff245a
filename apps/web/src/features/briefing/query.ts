import type { Briefing } from '@fazhi/contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import { href } from '../../lib/router.tsx';

export type Focus = 'train' | 'dispute' | 'pub' | 'recon';
export interface BriefingParams {
  county: string;
  year: number;
  focus: Focus | null;
}

export const FOCUS_OPTIONS: { value: Focus | null; label: string }[] = [
  { value: null, label: '全部重点指标' },
  { value: 'train', label: '学法培训' },
  { value: 'dispute', label: '矛盾纠纷化解' },
  { value: 'pub', label: '普法宣传' },
  { value: 'recon', label: '行政复议与应诉' },
];

export const parseFocus = (v: string | null): Focus | null =>
  v === 'train' || v === 'dispute' || v === 'pub' || v === 'recon' ? v : null;

/** The annex (every sentence, the other charts, every unit on landscape pages) is asked for with annex=1. */
export const parseAnnex = (v: string | null): boolean => v === '1';

const params = (q: BriefingParams) => ({ county: q.county, year: q.year, focus: q.focus });

export const briefingQuery = (q: BriefingParams) =>
  queryOptions({
    queryKey: ['briefing', q],
    queryFn: ({ signal }) => getJson<Briefing>(href('/api/briefing', params(q)), signal),
  });

/** The same page as an A4 PDF, printed by the server's Chromium: one page, or with the annex after it. */
export const briefingPdfHref = (q: BriefingParams, annex: boolean) =>
  href('/api/briefing.pdf', { ...params(q), annex: annex ? 1 : null });

import type { IndicatorKey } from '../types.ts';

/** What the engine asks a reviewer to look at in a report's text. */
export const FLAG_TYPES = [
  'template_text',
  'rate_over_100',
  'recon_outcomes_mismatch',
  'rate_contradicts_counts',
] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

export interface Flag {
  type: FlagType;
  /** for a reviewer, in Chinese */
  message: string;
  keys: IndicatorKey[];
  start: number | null;
  end: number | null;
}

/** A report's flags as stored with it. */
export type ReportFlags = Flag[];

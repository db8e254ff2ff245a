import type { Sentence } from './types.ts';

/** How much a section's sentence matters to a one-page briefing, lowest tier first. */
export const TIERS = {
  /** the county total of a focus group's main figure (矛盾纠纷件数, 普法宣传活动次数 …) */
  main: 0,
  /** the group's second figure: a total, or a rate's highest, lowest and median */
  second: 1,
  /** reconsideration outcomes (维持, 撤销 …) */
  outcomes: 2,
  /** further totals and who reported most of the main figure */
  more: 3,
  /** a figure no unit gave */
  none: 4,
} as const;

/** A section's sentence with what decides whether it is one of the page's few. */
export interface Candidate {
  sentence: Sentence;
  tier: (typeof TIERS)[keyof typeof TIERS];
  /** units whose figures the sentence speaks of: a figure most units gave speaks for the county */
  units: number;
}

/**
 * The few sentences a one-page briefing carries, in reading order (the order of the sections): the lowest
 * tier first, within a tier the sentence over more units, then the earlier one.
 */
export function highlights(candidates: readonly Candidate[], count = 3): Sentence[] {
  const picked = candidates
    .map((c, order) => ({ ...c, order }))
    .sort((a, b) => a.tier - b.tier || b.units - a.units || a.order - b.order)
    .slice(0, count);
  return picked.sort((a, b) => a.order - b.order).map((c) => c.sentence);
}

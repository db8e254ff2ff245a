import type { IndicatorKey } from '../types.ts';

/** The four groups a leader reads first (学法培训, 矛盾纠纷化解, 普法宣传, 行政复议与应诉). */
export const FOCUS_GROUPS = ['train', 'dispute', 'pub', 'recon'] as const;
export type FocusGroup = (typeof FOCUS_GROUPS)[number];

export interface FocusIndicators {
  /** the group's first figure: its chart and its trend in a briefing */
  main: IndicatorKey;
  /** the figure read beside it */
  second: IndicatorKey;
  /** further headline figures of the group */
  more: readonly IndicatorKey[];
}

export const FOCUS: Record<FocusGroup, FocusIndicators> = {
  train: { main: 'train.sessions', second: 'train.participants', more: [] },
  dispute: { main: 'dispute.cases', second: 'dispute.rate', more: [] },
  pub: { main: 'pub.events', second: 'pub.reach', more: ['pub.materials'] },
  recon: { main: 'recon.received', second: 'recon.correction_rate', more: [] },
};

/** Each focus group's main and second figure, in group order: what the comparison opens with. */
export const MAIN_KEYS: readonly IndicatorKey[] = FOCUS_GROUPS.flatMap((g) => [
  FOCUS[g].main,
  FOCUS[g].second,
]);

/** The headline figures of the overview and the briefing, in group order. */
export const HEADLINE_KEYS: readonly IndicatorKey[] = FOCUS_GROUPS.flatMap((g) => [
  FOCUS[g].main,
  FOCUS[g].second,
  ...FOCUS[g].more,
]);

export const isFocusGroup = (group: string): group is FocusGroup => FOCUS_GROUPS.some((g) => g === group);

/**
 * auto: the engine's, unreviewed; pending: the engine's new figure for a key and year a person already
 * decided, waiting for review beside that decision (it does not count until accepted); the rest are
 * people's decisions.
 */
export const FACT_STATUSES = ['auto', 'pending', 'confirmed', 'corrected', 'rejected', 'added'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];
/** Statuses whose figures count in values. */
export const COUNTING_STATUSES = ['auto', 'confirmed', 'corrected', 'added'] as const;
/** Statuses the engine owns: replaced on every extraction. */
export const ENGINE_STATUSES = ['auto', 'pending'] as const;

export const FACT_STATUS_LABEL: Record<FactStatus, string> = {
  auto: '自动提取',
  pending: '新数字待审核（未计入）',
  confirmed: '已确认',
  corrected: '已更正',
  rejected: '已驳回',
  added: '人工补录',
};

/** A value's review state: 自动提取 / 已确认 / 已更正 (a person corrected or added a figure in it). */
export const VALUE_STATUSES = ['auto', 'confirmed', 'corrected'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** `short` in tables and exports, `long` where a value's review is explained. */
export const VALUE_STATUS_LABEL: Record<ValueStatus, { short: string; long: string }> = {
  auto: { short: '自动提取', long: '自动提取，未审核' },
  confirmed: { short: '已确认', long: '已审核：确认' },
  corrected: { short: '已更正', long: '已审核：人工更正' },
};

/**
 * The five parts 厅字〔2019〕28号 requires of an annual rule-of-law report, in the regulation's order.
 * The engine finds them (`findParts`); storage, the API and the 报送与质量 view use the same keys.
 */
export const REPORT_PARTS = ['measures', 'shortcomings', 'leadership', 'nextYear', 'other'] as const;
export type ReportPartKey = (typeof REPORT_PARTS)[number];

/**
 * The parts every report must have. (五) 其他需要报告的情况 is there only when there is something else to
 * report, so its absence is shown but not counted as a missing part (in the filter, the 通报 and the 简报).
 */
export const ALWAYS_REQUIRED_PARTS: readonly ReportPartKey[] = [
  'measures',
  'shortcomings',
  'leadership',
  'nextYear',
];

/** The regulation's own wording, shortened for a column or a list of missing parts. */
export const REPORT_PART_LABEL: Record<ReportPartKey, string> = {
  measures: '主要举措和成效',
  shortcomings: '存在的不足和原因',
  leadership: '第一责任人履职情况',
  nextYear: '下一年度主要安排',
  other: '其他需要报告的情况',
};

/** present: written out; token: a heading or a single sentence; missing: not found. */
export const PART_STATUSES = ['present', 'token', 'missing'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

export const PART_STATUS_LABEL: Record<PartStatus, string> = {
  present: '有',
  token: '仅一句',
  missing: '缺少',
};

/** `[start, end)` in the report text: JavaScript string indices, like facts' spans. */
export interface PartSpan {
  start: number;
  end: number;
}

/** One required part as the engine found it in a report; stored with the report, read by the 报送与质量 view. */
export interface ReportPart {
  status: PartStatus;
  spans: PartSpan[];
  /** characters of the part's own text: without its heading, spaces and markdown marks */
  length: number;
  /** the part's heading as written, without its number; null when found by its paragraphs or missing */
  heading: string | null;
  via: 'heading' | 'paragraph' | null;
  /** parts of the same merged heading that the text under it does not tell apart: the spans are theirs too */
  sharedWith: ReportPartKey[];
}

export type ReportParts = Record<ReportPartKey, ReportPart>;

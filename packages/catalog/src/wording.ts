import type { ValueQualifier } from './vocabulary/qualifiers.ts';

/** How a figure's qualifier reads beside it, one wording for the dashboard, exports and briefings. */
export type QualifierCode = ValueQualifier;

/** 100余次, 约2000人次, 近50件, 不足10人, 95%: `number` is already written the way the caller wants. */
export function withQualifier(
  number: string,
  qualifier: QualifierCode | null | undefined,
  unit: string,
): string {
  switch (qualifier) {
    case 'over':
      return `${number}余${unit}`;
    case 'about':
      return `约${number}${unit}`;
    case 'near':
      return `近${number}${unit}`;
    case 'under':
      return `不足${number}${unit}`;
    default:
      return `${number}${unit}`;
  }
}

/**
 * What a unit-year holds for one indicator: the figure, a report in force that does not mention it
 * (未提及), or no report at all for that unit and year (未报送). Neither absence is ever 0.
 */
export const VALUE_STATES = ['value', 'not_mentioned', 'no_report'] as const;
export type ValueState = (typeof VALUE_STATES)[number];
export type AbsentState = Exclude<ValueState, 'value'>;

/** The word shown in a figure's place, in tables, charts, exports and sentences. */
export const ABSENT_LABEL: Record<AbsentState, string> = { not_mentioned: '未提及', no_report: '未报送' };

/** The longer reading, for tooltips and notes. */
export const ABSENT_HINT: Record<AbsentState, string> = {
  not_mentioned: '报告已收到，但未提及该指标',
  no_report: '未收到该单位本年度的报告',
};

export function valueState(hasValue: boolean, hasReport: boolean): ValueState {
  if (hasValue) return 'value';
  return hasReport ? 'not_mentioned' : 'no_report';
}

/** Said once for a year in which no unit of the scope shown has a report in force. */
export const emptyYearText = (year: number) => `${year} 年度尚未收到任何报告`;

/** 3个单位未报送，2个单位的报告未提及 (parts that are 0 are left out; '' when both are). */
export function absentCountsText(c: { noReport: number; notMentioned: number }): string {
  const parts = [];
  if (c.noReport > 0) parts.push(`${c.noReport}个单位${ABSENT_LABEL.no_report}`);
  if (c.notMentioned > 0) parts.push(`${c.notMentioned}个单位的报告${ABSENT_LABEL.not_mentioned}`);
  return parts.join('，');
}

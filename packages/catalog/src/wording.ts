import type { ValueQualifier } from './vocabulary/qualifiers.ts';
import { UNIT_GROUP_LABEL, type UnitGroup } from './vocabulary/units.ts';

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

/** 'a/b', spaces and the like are not welcome in file names. */
export const safeFileName = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '');

/**
 * An export's file name (no extension) says what is inside, so two downloads never share one name:
 * 示例县2023年发放宣传资料份数排名（乡镇街道）, …（全部单位，每万人）.
 */
export function rankingFileName(r: {
  county: string;
  year: number;
  indicator: string;
  group: UnitGroup;
  per10k: boolean;
}): string {
  const scope = `${UNIT_GROUP_LABEL[r.group].option}${r.per10k ? '，每万人' : ''}`;
  return safeFileName(`${r.county}${r.year}年${r.indicator}排名（${scope}）`);
}

/** 沈丘县2024年较2023年排查调处矛盾纠纷件数对比（乡镇街道）; several indicators are counted: 8项指标. */
export function compareFileName(c: {
  county: string;
  year: number;
  base: number;
  indicators: readonly string[];
  group: UnitGroup;
}): string {
  const what = c.indicators.length === 1 ? (c.indicators[0] ?? '') : `${c.indicators.length}项指标`;
  return safeFileName(
    `${c.county}${c.year}年较${c.base}年${what}对比（${UNIT_GROUP_LABEL[c.group].option}）`,
  );
}

/** The 通报 of a county's reports for a year: 示例县2024年度法治政府建设报告报送情况通报. */
export const complianceFileName = (c: { county: string; year: number }): string =>
  safeFileName(`${c.county}${c.year}年度法治政府建设报告报送情况通报`);

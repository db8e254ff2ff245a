import { ABSENT_LABEL } from '@fazhi/catalog/wording';
import { type Absent, type Indicator, type Part, type Sentence, subjectOf } from './sentences.ts';

/**
 * 已报送报告的18个单位均未提及矛盾纠纷调处率，另有3个单位未报送。 For a headline figure no unit gave:
 * the reports that leave it out are told apart from the reports that never came.
 */
export function noFigureSentence(q: { indicator: Indicator; absent: Absent }): Sentence {
  const subject = subjectOf(q.indicator);
  const { noReport, notMentioned } = q.absent;
  const parts: Part[] =
    notMentioned > 0
      ? [`已报送报告的${notMentioned}个单位均${ABSENT_LABEL.not_mentioned}${subject}`]
      : [`各单位均${ABSENT_LABEL.no_report}报告，没有${subject}的数据`];
  if (notMentioned > 0 && noReport > 0) parts.push(`，另有${noReport}个单位${ABSENT_LABEL.no_report}`);
  parts.push('。');
  return { kind: 'total', parts };
}

/** 2023年度，全县20个单位中有18个报送了法治政府建设情况报告，东岭镇、西河镇未报送。 */
export function coverageSentence(q: {
  year: number;
  units: number;
  reported: number;
  noReport: string[];
}): Sentence {
  const parts: Part[] = [`${q.year}年度，全县${q.units}个单位中有${q.reported}个报送了法治政府建设情况报告`];
  if (q.noReport.length === 0) parts.push('。');
  else if (q.noReport.length <= 5) parts.push(`，${q.noReport.join('、')}${ABSENT_LABEL.no_report}。`);
  else parts.push(`，另有${q.noReport.length}个单位${ABSENT_LABEL.no_report}。`);
  return { kind: 'coverage', parts };
}

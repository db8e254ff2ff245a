import { describe, expect, test } from 'vitest';
import { findParts } from './find.ts';
import {
  expectParts,
  LEADERSHIP as L,
  MEASURES as M,
  NEXT_YEAR as N,
  type PartRow,
  report,
  SHORTCOMINGS as S,
  YEAR,
} from './parts-support.ts';

// Merged headings, parts inside other parts, and headings that are no part.
describe('merged headings and parts inside parts', () => {
  test.each<PartRow>([
    [
      'splits （二）存在的问题和下一步打算 where a paragraph opens with 下一步',
      report('（一）主要举措和成效', M, '（二）存在的问题和下一步打算', S, `下一步，${N}`),
      {
        measures: ['present', '（一）主要举措'],
        shortcomings: ['present', '（二）存在的问题和'],
        nextYear: ['present', '下一步，继续'],
      },
    ],
    [
      'splits a merged heading at the subheadings that name its parts',
      report(
        '一、主要举措和成效',
        M,
        '二、存在问题及下一步工作打算',
        '（一）存在问题',
        S,
        '（二）下一步工作打算',
        N,
      ),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在问题及'],
        nextYear: ['present', '（二）下一步'],
      },
    ],
    [
      'reads 2023年工作情况及2024年工作计划 as the measures and the plan',
      report('一、2023年工作情况及2024年工作计划', M, `2024年，我镇将${N}`, '二、存在的不足', S),
      {
        measures: ['present', '一、2023年工作'],
        nextYear: ['present', '2024年，我镇将'],
        shortcomings: ['present', '二、存在的不足'],
      },
    ],
    [
      'finds 第一责任人 as a subsection inside the measures',
      report(
        '一、主要举措和成效',
        '（一）强化组织领导',
        M,
        '（二）认真履行第一责任人职责',
        L,
        '（三）推进严格执法',
        M,
        '二、存在的问题',
        S,
      ),
      {
        measures: ['present', '一、主要举措'],
        leadership: ['present', '（二）认真履行'],
        shortcomings: ['present', '二、存在的问题'],
      },
    ],
    [
      'finds the leadership in a paragraph of the measures that speaks of the first responsible person',
      report(
        '一、主要举措和成效',
        M,
        `镇党委书记作为推进法治建设第一责任人，${L}`,
        `（二）深化普法宣传。${M}`,
        '二、存在的问题',
        S,
      ),
      {
        measures: ['present', '一、主要举措'],
        leadership: ['present', '镇党委书记作为'],
        shortcomings: ['present', '二、存在的问题'],
      },
    ],
    [
      'finds the plan in a 下一步 paragraph closing the shortcomings when no heading names it',
      report('一、主要举措和成效', M, '二、存在的不足', S, `下一步，我镇将${N}`),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在的不足'],
        nextYear: ['present', '下一步，我镇将'],
      },
    ],
    [
      'leaves a 下一步 sentence closing a measures subsection to the measures when the plan has its heading',
      report(
        '一、主要举措和成效',
        '（一）深化普法',
        M,
        `下一步，我镇将${N}`,
        '二、存在的问题',
        S,
        '三、下一年度工作安排',
        N,
      ),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在的问题'],
        nextYear: ['present', '三、下一年度'],
      },
    ],
    [
      'does not take （三）补齐短板 inside the measures for the shortcomings',
      report(
        '一、主要举措和成效',
        '（一）强化组织领导',
        M,
        '（二）补齐短板弱项，规范行政执法',
        M,
        '二、下一步打算',
        N,
      ),
      { measures: ['present', '一、主要举措'], nextYear: ['present', '二、下一步打算'] },
    ],
    [
      'does not take （四）落实年度普法计划 inside the measures for the plan',
      report(
        '一、主要举措和成效',
        '（一）强化组织领导',
        M,
        '（四）落实年度普法工作计划',
        M,
        '二、存在的问题',
        S,
      ),
      { measures: ['present', '一、主要举措'], shortcomings: ['present', '二、存在的问题'] },
    ],
    [
      'ends a part at a top heading that is no part (履行法院生效裁判情况)',
      report(
        '一、主要举措和成效',
        M,
        '二、存在的问题',
        S,
        '三、2023年度履行法院生效裁判情况',
        M,
        '四、2024年工作安排',
        N,
      ),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在的问题'],
        nextYear: ['present', '四、2024年'],
      },
    ],
    [
      'keeps a list numbered 一、二、 inside a part in that part',
      report(
        '一、主要举措和成效',
        M,
        '二、存在的问题',
        '一、干部法治意识不强，学法用法的主动性不够，运用法治方式解决问题的能力不足。',
        '二、执法程序不够规范，案卷质量有待提高。',
        '三、下一步打算',
        N,
      ),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在的问题'],
        nextYear: ['present', '三、下一步打算'],
      },
    ],
    [
      'reads topic headings before the shortcomings as the measures when no heading names them',
      report('一、强化组织领导', M, '二、深化依法行政', M, '三、存在问题', S, '四、下一步打算', N),
      {
        measures: ['present', '一、强化组织领导'],
        shortcomings: ['present', '三、存在问题'],
        nextYear: ['present', '四、下一步打算'],
      },
    ],
    [
      'starts the measures at 主要做法和成效, not at 基本情况',
      report(
        '一、基本情况',
        '青石镇辖12个行政村，总人口3.2万人。镇政府设综合行政执法队。',
        '二、主要做法和成效',
        M,
        '三、存在的问题',
        S,
      ),
      { measures: ['present', '二、主要做法'], shortcomings: ['present', '三、存在的问题'] },
    ],
  ])('%s', (_name, text, want) => {
    expectParts(text, want);
  });

  test('counts a merged heading nothing under it tells apart for both parts, with the same span', () => {
    const text = report('一、主要举措和成效', M, '二、存在的问题和下一步打算', S, N);
    const parts = findParts(text, { year: YEAR });
    expect(parts.shortcomings.spans).toEqual(parts.nextYear.spans);
    expect(parts.shortcomings.sharedWith).toEqual(['nextYear']);
    expect(parts.nextYear.sharedWith).toEqual(['shortcomings']);
    expect(parts.nextYear.status).toBe('present');
  });

  test('cuts a leadership subsection out of the measures’ spans', () => {
    const text = report(
      '一、主要举措和成效',
      M,
      '（二）认真履行第一责任人职责',
      L,
      '（三）推进严格执法',
      M,
      '二、存在的问题',
      S,
    );
    const { measures, leadership } = findParts(text, { year: YEAR });
    expect(measures.spans).toHaveLength(2);
    expect(leadership.spans).toHaveLength(1);
    const [lead] = leadership.spans;
    expect(text.slice(lead?.start, lead?.end)).toBe(`（二）认真履行第一责任人职责\n${L}`);
    expect(leadership).toMatchObject({ via: 'heading', heading: '认真履行第一责任人职责' });
  });

  test('measures a part by its own text: not its heading, spaces or markdown marks', () => {
    const text = report('## **一、主要举措和成效**', `  **${M}**  `, '二、存在的问题');
    expect(findParts(text, { year: YEAR }).measures.length).toBe([...M].length);
  });

  test('ends the last part before 特此报告, the issuing body and the date', () => {
    const text = report('一、下一步打算', N, '特此报告。');
    const [span] = findParts(text, { year: YEAR }).nextYear.spans;
    expect(text.slice(span?.start, span?.end)).toBe(`一、下一步打算\n${N}`);
  });
});

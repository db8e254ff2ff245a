import { describe, test } from 'vitest';
import {
  expectParts,
  LEADERSHIP as L,
  MEASURES as M,
  NEXT_YEAR as N,
  type PartRow,
  report,
  SHORTCOMINGS as S,
} from './parts-support.ts';

// Headings written in the many ways reports title the five parts; each row names where each part starts.
const standard = (m: string, s: string, l: string, n: string) => report(m, M, s, S, l, L, n, N);

describe('parts found by their headings', () => {
  test.each<PartRow>([
    [
      'reads the regulation’s own five headings',
      report(
        '一、上一年度推进法治政府建设的主要举措和成效',
        M,
        '二、存在的不足和原因',
        S,
        '三、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
        L,
        '四、下一年度推进法治政府建设的主要安排',
        N,
        '五、其他需要报告的情况',
        '无。',
      ),
      {
        measures: ['present', '一、上一年度'],
        shortcomings: ['present', '二、存在的不足'],
        leadership: ['present', '三、党政主要'],
        nextYear: ['present', '四、下一年度'],
        other: ['token', '五、其他'],
      },
    ],
    [
      'reads 存在的问题 and 下一步工作打算',
      standard('一、主要做法和成效', '二、存在的问题', '三、第一责任人职责履行情况', '四、下一步工作打算'),
      {
        measures: ['present', '一、主要做法'],
        shortcomings: ['present', '二、存在的问题'],
        leadership: ['present', '三、第一'],
        nextYear: ['present', '四、下一步'],
      },
    ],
    [
      'reads 不足之处 and 2024年工作计划 in a 2023 report',
      standard('一、2023年工作开展情况', '二、不足之处', '三、主要负责人履职情况', '四、2024年工作计划'),
      {
        measures: ['present', '一、2023年'],
        shortcomings: ['present', '二、不足之处'],
        leadership: ['present', '三、主要负责人'],
        nextYear: ['present', '四、2024年'],
      },
    ],
    [
      'reads 2024年重点工作 as the plan, not the year’s work',
      report('一、2023年法治政府建设情况', M, '二、存在的短板和薄弱环节', S, '三、2024年重点工作', N),
      {
        measures: ['present', '一、2023年法治'],
        shortcomings: ['present', '二、存在的短板'],
        nextYear: ['present', '三、2024年'],
      },
    ],
    [
      'reads 二〇二四年工作思路 as the plan',
      report('一、工作成效', M, '二、问题与不足', S, '三、二〇二四年工作思路', N),
      {
        measures: ['present', '一、工作成效'],
        shortcomings: ['present', '二、问题与不足'],
        nextYear: ['present', '三、二〇'],
      },
    ],
    [
      'reads （一）（二） as the top level when no 一、 is used',
      standard(
        '（一）主要举措和成效',
        '（二）困难和问题',
        '（三）履行法治建设第一责任人职责情况',
        '（四）今后工作思路',
      ),
      {
        measures: ['present', '（一）主要举措'],
        shortcomings: ['present', '（二）困难'],
        leadership: ['present', '（三）履行'],
        nextYear: ['present', '（四）今后'],
      },
    ],
    [
      'reads 1. 2. numbering',
      standard('1.主要工作举措', '2.存在问题', '3.主要负责人履行第一责任人职责情况', '4.明年工作安排'),
      {
        measures: ['present', '1.主要工作'],
        shortcomings: ['present', '2.存在问题'],
        leadership: ['present', '3.主要负责人'],
        nextYear: ['present', '4.明年'],
      },
    ],
    [
      'reads 第一部分 … 第四部分',
      standard(
        '第一部分 主要成绩',
        '第二部分 存在的不足',
        '第三部分 第一责任人履职情况',
        '第四部分 下一年度工作安排',
      ),
      {
        measures: ['present', '第一部分'],
        shortcomings: ['present', '第二部分'],
        leadership: ['present', '第三部分'],
        nextYear: ['present', '第四部分'],
      },
    ],
    [
      'reads headings with no number on lines of their own',
      standard('主要举措和成效', '存在的不足和原因', '第一责任人职责履行情况', '下一步工作打算'),
      {
        measures: ['present', '主要举措和成效'],
        shortcomings: ['present', '存在的不足和原因'],
        leadership: ['present', '第一责任人职责履行'],
        nextYear: ['present', '下一步工作打算'],
      },
    ],
    [
      'reads unnumbered headings ending in a colon',
      report('一年来的主要做法：', M, '存在的问题：', S, '下步打算：', N),
      {
        measures: ['present', '一年来的主要做法'],
        shortcomings: ['present', '存在的问题：'],
        nextYear: ['present', '下步打算'],
      },
    ],
    [
      'reads markdown headings with bold marks and full-width numbers',
      standard(
        '## **一、主要举措和成效**',
        '## **二、存在问题**',
        '### 三、第一责任人履职情况',
        '## ４．下一步计划',
      ),
      {
        measures: ['present', '## **一、'],
        shortcomings: ['present', '## **二、'],
        leadership: ['present', '### 三'],
        nextYear: ['present', '## ４'],
      },
    ],
    [
      'reads a heading with spaces inside and around its year',
      report('一、 2023 年推进法治政府建设的主要举措和成效', M, '二、 2024 年 工作计划', N),
      { measures: ['present', '一、 2023'], nextYear: ['present', '二、 2024'] },
    ],
    [
      'reads 工作中存在的问题及原因分析 and 下步工作打算',
      report('一、主要工作', M, '二、工作中存在的问题及原因分析', S, '三、下步工作打算', N),
      {
        measures: ['present', '一、主要工作'],
        shortcomings: ['present', '二、工作中'],
        nextYear: ['present', '三、下步'],
      },
    ],
    [
      'reads 主要负责人述法情况 as the leadership part',
      report('一、法治政府建设工作情况', M, '二、主要负责人述法情况', L),
      { measures: ['present', '一、法治政府'], leadership: ['present', '二、主要负责人述法'] },
    ],
    [
      'reads 亮点工作 as the measures and joins it to the sections of measures beside it',
      report('一、重点工作推进情况', M, '二、亮点工作', M, '三、存在的问题', S),
      { measures: ['present', '一、重点工作'], shortcomings: ['present', '三、存在的问题'] },
    ],
    [
      'reads a heading with its text on the same line',
      report('一、主要举措和成效', M, `二、存在的问题：${S}`, `三、下一步打算：${N}`),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在的问题：'],
        nextYear: ['present', '三、下一步打算'],
      },
    ],
    [
      'reads a part with only its heading as a token',
      report('一、主要举措和成效', M, '二、存在的问题', S, '三、其他需要报告的情况'),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在的问题'],
        other: ['token', '三、其他'],
      },
    ],
    [
      'reads a one-sentence part as a token',
      report(
        '一、主要举措和成效',
        M,
        '二、第一责任人履职情况',
        '主要负责人认真履行第一责任人职责，统筹推进各项工作。',
        '三、存在的不足',
        S,
      ),
      {
        measures: ['present', '一、主要举措'],
        leadership: ['token', '二、第一责任人'],
        shortcomings: ['present', '三、存在的不足'],
      },
    ],
    [
      'reads a part under 50 characters as a token',
      report(
        '一、主要举措和成效',
        M,
        '二、存在的不足',
        '干部法治意识有待提高。执法不够规范。',
        '三、下一步打算',
        N,
      ),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['token', '二、存在的不足'],
        nextYear: ['present', '三、下一步'],
      },
    ],
    [
      'reads CRLF line ends',
      standard('一、主要举措和成效', '二、存在的问题', '三、第一责任人履职情况', '四、下一步打算').replaceAll(
        '\n',
        '\r\n',
      ),
      {
        measures: ['present', '一、主要举措'],
        shortcomings: ['present', '二、存在的问题'],
        leadership: ['present', '三、第一'],
        nextYear: ['present', '四、下一步'],
      },
    ],
  ])('%s', (_name, text, want) => {
    expectParts(text, want);
  });
});

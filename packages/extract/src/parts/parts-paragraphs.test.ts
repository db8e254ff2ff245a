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

// Reports with no headings at all: the parts are the paragraphs that carry them.
describe('parts found by their paragraphs', () => {
  test.each<PartRow>([
    [
      'reads 存在的不足： and 下一步， paragraphs after the year’s work',
      report(M, M, `存在的不足：${S}`, `下一步，我镇将${N}`),
      {
        measures: ['present', '全年组织'],
        shortcomings: ['present', '存在的不足：'],
        nextYear: ['present', '下一步，我镇将'],
      },
    ],
    [
      'reads a 作为第一责任人 paragraph as the leadership and goes back to the measures after it',
      report(M, `作为推进法治建设第一责任人，${L}`, `同时，${M}`, `存在的问题：${S}`),
      {
        measures: ['present', '全年组织'],
        leadership: ['present', '作为推进'],
        shortcomings: ['present', '存在的问题：'],
      },
    ],
    [
      'reads 主要负责人认真履行 as the leadership',
      report(M, `镇党政主要负责人认真履行法治建设职责。${L}`, `今后，${N}`),
      {
        measures: ['present', '全年组织'],
        leadership: ['present', '镇党政主要负责人'],
        nextYear: ['present', '今后，'],
      },
    ],
    [
      'reads 但…还存在一些不足 as the shortcomings',
      report(M, `在肯定成绩的同时，但也清醒地认识到，我镇法治政府建设还存在一些不足。${S}`, `明年，${N}`),
      {
        measures: ['present', '全年组织'],
        shortcomings: ['present', '在肯定成绩'],
        nextYear: ['present', '明年，'],
      },
    ],
    [
      'reads 虽然…但同时也存在一些问题 as the shortcomings',
      report(M, `虽然我镇法治政府建设取得一定成效，但同时也存在一些问题：${S}`),
      { measures: ['present', '全年组织'], shortcomings: ['present', '虽然我镇'] },
    ],
    [
      'does not read 针对排查中存在的问题 as the shortcomings',
      report(M, `针对排查中存在的问题，我镇及时整改到位，建立问题台账。${M}`, `下一步，${N}`),
      { measures: ['present', '全年组织'], nextYear: ['present', '下一步，继续'] },
    ],
    [
      'reads a paragraph opening with a later year and 将 as the plan',
      report(M, `问题和不足：${S}`, `2024年，我镇将${N}`),
      {
        measures: ['present', '全年组织'],
        shortcomings: ['present', '问题和不足'],
        nextYear: ['present', '2024年，我镇将'],
      },
    ],
    [
      'does not read a paragraph opening with the report’s own year as the plan',
      report(M, `2023年，我镇还将法治建设纳入年度考核。${M}`),
      { measures: ['present', '全年组织'] },
    ],
    [
      'reads a single-sentence shortcomings paragraph as a token',
      report(M, '工作中还存在一些不足，有待在今后工作中加以改进。', `下一步，${N}`),
      {
        measures: ['present', '全年组织'],
        shortcomings: ['token', '工作中还存在'],
        nextYear: ['present', '下一步，继续'],
      },
    ],
    [
      'reads 其他需要报告的情况：无 as a token other part',
      report(M, `存在的问题：${S}`, `下一步，${N}`, '其他需要报告的情况：无。'),
      {
        measures: ['present', '全年组织'],
        shortcomings: ['present', '存在的问题：'],
        nextYear: ['present', '下一步，继续'],
        other: ['token', '其他需要'],
      },
    ],
    [
      'reads an opening that does not end in 如下 as the start of the measures',
      [
        '青石镇2023年法治政府建设工作总结',
        '',
        `2023年，青石镇法治政府建设扎实推进。${M}`,
        `存在的不足：${S}`,
      ].join('\n'),
      { measures: ['present', '2023年，青石镇法治'], shortcomings: ['present', '存在的不足：'] },
    ],
    ['reads a report with only the opening as missing every part', report(), {}],
  ])('%s', (_name, text, want) => {
    expectParts(text, want);
  });

  test('says a paragraph-found part has no heading', () => {
    const parts = findParts(report(M, `存在的不足：${S}`), { year: YEAR });
    expect(parts.shortcomings).toMatchObject({ via: 'paragraph', heading: null, sharedWith: [] });
  });

  test('finds nothing in an empty text', () => {
    const parts = findParts('', { year: null });
    expect(Object.values(parts).map((p) => p.status)).toEqual(Array(5).fill('missing'));
  });

  test('tells the plan by the year the text covers when no year is given', () => {
    const text = report('一、主要举措和成效', M, '二、2024年重点工作', N);
    expect(findParts(text).nextYear.status).toBe('present');
    expect(findParts(text).measures.spans).toHaveLength(1);
  });
});

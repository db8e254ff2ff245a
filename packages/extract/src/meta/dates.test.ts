import { describe, expect, test } from 'vitest';
import { extractReport } from '../index.ts';
import { findSigningDate } from './dates.ts';

const BODY = [
  '关于2023年度法治政府建设情况的报告',
  '',
  '2023年，我镇全年组织学法12次。现将有关情况报告如下：',
  '一、主要举措和成效',
];

describe('the signing date', () => {
  test.each<[name: string, tail: string[], signedOn: string | null]>([
    ['reads 2024年1月28日 on the last line', ['邢庄镇人民政府', '2024年1月28日'], '2024-01-28'],
    ['reads 二〇二四年一月二十八日', ['邢庄镇人民政府', '二〇二四年一月二十八日'], '2024-01-28'],
    ['reads 二○二四年 written with a white circle', ['二○二四年二月三日'], '2024-02-03'],
    ['reads 二O二三年 written with the letter O', ['二O二三年十二月三十一日'], '2023-12-31'],
    ['reads a date after the issuing body on the same line', ['邢庄镇人民政府 2024年1月28日'], '2024-01-28'],
    [
      'reads a date after the body with no space between',
      ['中共青石镇委员会青石镇人民政府2024年2月5日'],
      '2024-02-05',
    ],
    ['reads a date with spaces inside', ['2024 年 1 月 25 日'], '2024-01-25'],
    ['reads a date in brackets', ['（2024年3月1日）'], '2024-03-01'],
    ['reads a bold markdown date', ['**北留镇人民政府**', '**2024年1月25日**'], '2024-01-25'],
    ['reads a date with a full stop after it', ['2023年12月15日。'], '2023-12-15'],
    [
      'reads the date above a 此件公开发布 note',
      ['青石镇人民政府', '2024年1月20日', '（此件公开发布）'],
      '2024-01-20',
    ],
    ['reads 2024-01-28 written as digits', ['2024-01-28'], '2024-01-28'],
    ['reads no date from a report that ends without one', ['特此报告。'], null],
    ['reads no date from a sentence that ends with one', ['全年组织学法12次，截至2023年12月31日'], null],
    ['reads no date from 2月30日', ['2024年2月30日'], null],
    ['reads no date from a month without its day', ['2024年1月'], null],
  ])('%s', (_name, tail, signedOn) => {
    expect(findSigningDate([...BODY, ...tail, '', ''])).toBe(signedOn);
  });

  test('is in the extraction result as signedOn, and as reportDate under its first name', () => {
    const { meta } = extractReport([...BODY, '青石镇人民政府 二〇二四年一月二十八日'].join('\n'));
    expect(meta).toMatchObject({ signedOn: '2024-01-28', reportDate: '2024-01-28' });
  });
});

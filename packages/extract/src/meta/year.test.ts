import { describe, expect, test } from 'vitest';
import { extractReport } from '../index.ts';

// Openings written for these tests in the shapes real reports use; none states its year in a title.
const lines = (...l: string[]) => l.join('\n');
const yearOf = (text: string, year?: number) => extractReport(text, { year }).meta.year;

describe('the year a report covers', () => {
  test.each<[name: string, text: string, year: number | null]>([
    [
      'takes it from a numbered section heading',
      lines(
        '一、2022年度依法行政的主要举措和成效',
        '（一）健全依法决策机制。全面落实重大行政决策程序，重大决策均经合法性审查。',
      ),
      2022,
    ],
    [
      'takes it from a heading in parentheses',
      lines('（一）2023年工作开展情况', '镇党委坚持把法治建设摆在突出位置。'),
      2023,
    ],
    [
      'skips a heading about the year ahead',
      lines(
        '一、主要举措和成效',
        '全镇持续深化法治宣传教育。',
        '二、2026年工作计划',
        '2025年，全镇开展法治讲座6场。2025年，镇司法所调解纠纷20件。',
      ),
      2025,
    ],
    [
      'takes it from 2024以来 opening the report',
      '2024以来，我局坚持以习近平法治思想为指导，扎实推进依法行政。',
      2024,
    ],
    [
      'takes it from 2023年以来 opening the report',
      '2023年以来，街道党工委把法治建设纳入重要议事日程。',
      2023,
    ],
    [
      'takes it from a sentence opening with the year after a preface',
      '法治是治国理政的基本方式。2024年，柳溪街道以习近平法治思想为指导，推进依法行政。',
      2024,
    ],
    [
      'takes it from a title that does not say 法治',
      lines('城南镇2023年工作总结', '一年来，全镇各项工作稳步推进。'),
      2023,
    ],
    [
      'takes the year the activity clauses agree on',
      lines(
        '一、主要举措和成效',
        '（一）规范行政执法。全镇持续规范执法行为。2021年我镇办理行政处罚案件12件。',
        '（二）强化法治宣传。2021年镇司法所开展法治讲座8场。',
      ),
      2021,
    ],
    [
      'takes the year its 截至 figures are stated at',
      lines('近年来，全镇深入推进依法行政。', '截至2023年，镇行政审批局共受理业务1200件。'),
      2023,
    ],
    [
      'takes no year from 截至 figures stated at two years',
      '截至2022年底，累计建成示范村5个；截至2023年6月，又建成2个。',
      null,
    ],
    [
      'takes the one year a single activity clause names, as a last resort',
      lines('一、基本情况', '我委深入学习法治思想。2022年动态调整本部门权责清单，全委干部参加培训。'),
      2022,
    ],
    [
      'takes it from the opening that follows the addressee on the same line',
      '中共嘉兴市委、嘉兴市人民政府: 2022年,海宁市坚持以习近平法治思想为指导，推进依法行政。',
      2022,
    ],
    [
      'takes it from the opening that follows the page address',
      lines('重庆市示例区人民政府', 'www.example.gov.cn', '2021年,在区委的坚强领导下,我区坚持依法行政。'),
      2021,
    ],
    [
      'does not take a year from a comparison',
      '全镇调解纠纷62件，比2022年的48件增加14件。对2019年以来制定的文件进行清理。',
      null,
    ],
    [
      'does not take the year ahead from a plan',
      lines('全镇调解纠纷62件。', '（三）下一步打算。2025年，计划开展执法检查不少于30次。'),
      null,
    ],
    [
      'uses the web page date only as a last resort, as the year before it',
      lines('发布时间：2024-02-27 10:12', '全镇深入推进依法行政，调解纠纷62件。'),
      2023,
    ],
    [
      'takes a page dated in December as that year',
      lines('发布日期：2023-12-20', '全镇深入推进依法行政，调解纠纷62件。'),
      2023,
    ],
  ])('%s', (_name, text, year) => {
    expect(yearOf(text)).toBe(year);
  });

  test('prefers the heading to the page date', () => {
    const text = lines('发布时间：2024-02-27', '一、2022年度法治政府建设主要举措', '全镇推进依法行政。');
    expect(yearOf(text)).toBe(2022);
  });
});

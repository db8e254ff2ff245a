import { describe, expect, test } from 'vitest';
import { extractReport } from './index.ts';

// Sentences written for these tests (not taken from the corpus): figures of the unit's own work that no
// indicator rule reads are offered as unread; numbers that are not indicators by the spec are not.
const YEAR = 2023;
const unreadOf = (text: string) => extractReport(text, { year: YEAR }).unread;

type Offered = [value: number, measure: string, clause: string];

describe('unread figures', () => {
  test.each<[string, string, Offered[]]>([
    [
      'offers a count of problems solved that has no indicator',
      '镇党委全年共研究解决法治建设重点问题12项。',
      [[12, '项', '镇党委全年共研究解决法治建设重点问题12项']],
    ],
    [
      'offers enterprises inspected, counted in 家',
      '全年检查餐饮企业318家。',
      [[318, '家', '全年检查餐饮企业318家']],
    ],
    [
      'offers each item of a list that shares its verb, with the whole clause',
      '办理人大代表建议23件、政协委员提案17件。',
      [
        [23, '件', '办理人大代表建议23件、政协委员提案17件'],
        [17, '件', '办理人大代表建议23件、政协委员提案17件'],
      ],
    ],
    [
      'offers complaints and bulletins, one clause each',
      '受理群众投诉举报41起，编印法治工作简报9期。',
      [
        [41, '起', '受理群众投诉举报41起'],
        [9, '期', '编印法治工作简报9期'],
      ],
    ],
    [
      'offers hazards put right (处 of work, not of a place)',
      '开展联合执法，排查整改安全隐患82处。',
      [[82, '处', '排查整改安全隐患82处']],
    ],
    [
      'offers units inspected (a count of work done on units)',
      '对全区45家单位开展法治督察。',
      [[45, '家', '对全区45家单位开展法治督察']],
    ],
    [
      'keeps the qualifier word in the clause: 30余条',
      '征集立法意见建议30余条。',
      [[30, '条', '征集立法意见建议30余条']],
    ],
    [
      'offers a result done as asked (按照…要求 is no target)',
      '按照县委要求，全年受理群众投诉举报41起。',
      [[41, '起', '全年受理群众投诉举报41起']],
    ],
    [
      'starts the clause after a list marker',
      '（三）组建法律服务团队6支。',
      [[6, '支', '组建法律服务团队6支']],
    ],
  ])('%s: %s', (_name, text, expected) => {
    const got = unreadOf(text).map((u) => [u.value, u.measure, u.text]);
    expect(got).toEqual(expected);
  });

  test.each<[string, string]>([
    ['a date is not a figure', '2023年3月15日，镇政府召开专题会议。'],
    ['a number inside 《》 is part of a name', '印发《关于开展第5期法治讲堂的通知》。'],
    ['an ordinal is not a count', '召开第3期联席会议。'],
    ['villages and communities are what the unit has, not what it did', '全镇辖21个行政村、3个社区。'],
    ['a village count after a verb is still villages', '为辖区11个村(社区)配备法律顾问。'],
    ['stations and service points are facilities', '建成村级公共法律服务工作站15个，设立法律服务点12个。'],
    ['squares counted in 处 are facilities', '建成法治文化广场3处。'],
    ['money is not a count', '依法罚款2.5万元，没收违法所得3000元。'],
    ['a document number is not a count', '印发《工作方案》（石政办〔2023〕15号）。'],
    ['a target is not a result', '力争全年编印法治简报不少于12期。'],
    [
      'a plan in the next-steps section is not a result',
      '四、下一步工作打算\n一是编印法治简报4期，组织旁听庭审2场。',
    ],
    [
      'a later year with an intention is a plan',
      '石桥街道2023年法治政府建设情况报告\n2024年，街道拟编印法治简报12期。',
    ],
    ['the staff of the unit are background', '局机关现有干部职工46人。'],
    ['a difference between years is not a count', '受理投诉举报较上年增加12起。'],
    ['sessions of a party congress are not events', '认真学习市委六届二次、三次全会精神。'],
    ['a frequency is not a count', '每季度召开1次专题会议。'],
    ['numerals of set phrases are wording', '健全三项制度，落实两个责任，编印一期简报。'],
    ['a post filled is not work done', '明确1名同志负责合法性审查。'],
    ['a size changed is not a count of work', '办事窗口由164个精简至70个。'],
    ['a time of day is not a count', '发布时间：2024-01-15 09:32\n名称：工作报告'],
    ['a share per head is not a count', '为干部职工人手1本《民法典》。'],
    ['a task list is a plan', '制定年度重点任务清单，分解落实23项具体任务。'],
  ])('offers nothing when %s: %s', (_name, text) => {
    expect(unreadOf(text)).toEqual([]);
  });

  test('does not offer a figure a rule read as a fact, and never counts unread figures in values', () => {
    const text = '全年开展普法宣传活动15场，编印法治工作简报9期。';
    const r = extractReport(text, { year: YEAR });
    expect(r.facts.map((f) => [f.key, f.value])).toEqual([['pub.events', 15]]);
    expect(r.unread.map((u) => u.value)).toEqual([9]);
    expect(Object.values(r.values).map((v) => v?.value)).toEqual([15]);
  });

  test('keeps the qualifier of an unread figure: 30余条 is over, 近百件 near', () => {
    const got = unreadOf('征集立法意见建议30余条，办理人大代表建议近百件。').map((u) => [
      u.value,
      u.qualifier,
    ]);
    expect(got).toEqual([
      [30, 'over'],
      [100, 'near'],
    ]);
  });

  test('gives spans into the input as it was, with a BOM, CRLF line ends and full-width digits', () => {
    const text =
      '\uFEFF石桥镇2023年法治政府建设情况报告\r\n一、主要工作\r\n全年检查餐饮企业３１８家，受理群众投诉举报41起。\r\n';
    const unread = unreadOf(text);
    expect(unread.map((u) => u.value)).toEqual([318, 41]);
    for (const u of unread) expect(text.slice(u.start, u.end)).toBe(u.text);
    expect(unread[0]?.text).toBe('全年检查餐饮企业３１８家');
    expect(unread.map((u) => text.slice(u.figureStart, u.figureEnd))).toEqual(['３１８家', '41起']);
  });
});

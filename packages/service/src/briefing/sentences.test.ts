import { describe, expect, test } from 'vitest';
import { coverageSentence, noFigureSentence } from './coverage.ts';
import { leadersSentence, outcomesSentence, plain, say, statisticOf, totalSentence } from './sentences.ts';

const cases = { key: 'dispute.cases', label: '排查调处矛盾纠纷件数', unit: '件', combine: 'sum' } as const;
const rate = { key: 'dispute.rate', label: '调处率/调解成功率', unit: '%', combine: 'rate' } as const;
const reach = { key: 'pub.reach', label: '受教育群众人次', unit: '人次', combine: 'sum' } as const;
const odd = { key: 'open.items', label: '政府信息公开条数', unit: '条', combine: 'sum' } as const;
const unit = (name: string, value: number, id: number, qualifier: 'exact' | 'over' = 'exact') => ({
  name,
  value,
  qualifier,
  factIds: [id],
});

const NONE_ABSENT = { noReport: 0, notMentioned: 0 };

describe('a county total with its change against last year', () => {
  test.each([
    {
      name: 'an increase on the same units',
      q: { value: 1234, qualifier: 'exact', units: 12, change: { abs: 62, pct: 5.3, units: 12 } },
      text: '全县共排查调处矛盾纠纷1234件（12个单位报告），较上年增长5.3%。',
    },
    {
      name: 'a decrease',
      q: { value: 90, qualifier: 'exact', units: 3, change: { abs: -10, pct: -10, units: 3 } },
      text: '全县共排查调处矛盾纠纷90件（3个单位报告），较上年下降10%。',
    },
    {
      name: 'no figure last year',
      q: { value: 50, qualifier: 'exact', units: 1, change: null },
      text: '全县共排查调处矛盾纠纷50件（1个单位报告），上年无可比数据。',
    },
    {
      name: 'the same figure as last year',
      q: { value: 50, qualifier: 'exact', units: 2, change: { abs: 0, pct: 0, units: 2 } },
      text: '全县共排查调处矛盾纠纷50件（2个单位报告），与上年持平。',
    },
    {
      name: 'last year was 0, so no percentage',
      q: { value: 7, qualifier: 'exact', units: 2, change: { abs: 7, pct: null, units: 2 } },
      text: '全县共排查调处矛盾纠纷7件（2个单位报告），较上年增加7件。',
    },
    {
      name: 'fewer units in both years than this year, said as 同口径',
      q: { value: 300, qualifier: 'over', units: 5, change: { abs: -20, pct: -8.33, units: 4 } },
      text: '全县共排查调处矛盾纠纷300余件（5个单位报告），较上年下降8.33%（按两年均有报告的4个单位同口径比较）。',
    },
  ] as const)('$name', ({ q, text }) => {
    const s = totalSentence({ indicator: cases, year: 2023, absent: NONE_ABSENT, ...q });
    expect(plain(s)).toBe(text);
    expect(s.parts).toContainEqual({ text: say(q, '件'), indicator: 'dispute.cases', year: 2023 });
  });

  test('an indicator without its own wording reads as a 合计 of its label', () => {
    const s = totalSentence({
      indicator: odd,
      year: 2023,
      value: 132,
      qualifier: 'exact',
      units: 1,
      absent: NONE_ABSENT,
      change: null,
    });
    expect(plain(s)).toBe('全县政府信息公开条数合计132条（1个单位报告），上年无可比数据。');
  });

  test('reach figures read as people covered, with 约 kept', () => {
    const s = totalSentence({
      indicator: reach,
      year: 2023,
      value: 12710,
      qualifier: 'about',
      units: 2,
      absent: NONE_ABSENT,
      change: { abs: 2710, pct: 27.1, units: 2 },
    });
    expect(plain(s)).toBe('全县普法宣传共覆盖群众约12710人次（2个单位报告），较上年增长27.1%。');
  });
});

describe('who leads and who lags among peers', () => {
  test.each([
    {
      name: 'a highest and a lowest rate, with the median',
      q: {
        indicator: rate,
        ranked: [unit('邢庄镇', 95, 1), unit('城关镇', 80, 2), unit('桃花镇', 90, 3)],
        median: 90,
      },
      text: '各乡镇（街道）中，矛盾纠纷调处率最高的是邢庄镇（95%），最低的是城关镇（80%），各乡镇（街道）中位数为90%。',
    },
    {
      name: 'a tie at the top',
      q: { indicator: rate, ranked: [unit('邢庄镇', 95, 1), unit('桃花镇', 95, 3), unit('城关镇', 80, 2)] },
      text: '各乡镇（街道）中，矛盾纠纷调处率最高的是邢庄镇、桃花镇（均为95%），最低的是城关镇（80%）。',
    },
    {
      name: 'counts read as most and fewest; four tied are named as three and a total',
      q: {
        indicator: cases,
        ranked: [
          unit('甲镇', 10, 1),
          unit('乙镇', 10, 2),
          unit('丙镇', 10, 3),
          unit('丁镇', 10, 4),
          unit('戊镇', 40, 5, 'over'),
        ],
      },
      text: '各乡镇（街道）中，排查调处矛盾纠纷件数最多的是戊镇（40余件），最少的是甲镇、乙镇、丙镇等4个单位（均为10件）。',
    },
    {
      name: 'a single unit reported it',
      q: { indicator: rate, ranked: [unit('邢庄镇', 95, 1)] },
      text: '各乡镇（街道）中，仅邢庄镇报告了矛盾纠纷调处率（95%）。',
    },
    {
      name: 'every unit has the same value',
      q: { indicator: rate, ranked: [unit('邢庄镇', 100, 1), unit('桃花镇', 100, 2)] },
      text: '各乡镇（街道）中，报告了矛盾纠纷调处率的2个单位均为100%。',
    },
    {
      name: 'the median, over every peer that gave it, comes after the units left out of the comparison',
      q: {
        indicator: rate,
        ranked: [unit('邢庄镇', 95, 1), unit('城关镇', 80, 2), unit('桃花镇', 90, 3)],
        unranked: 1,
        median: 92.5,
      },
      text: '各乡镇（街道）中，矛盾纠纷调处率最高的是邢庄镇（95%），最低的是城关镇（80%）（另有1个单位基数不足，未参与比较），各乡镇（街道）中位数为92.5%。',
    },
    {
      name: 'units on too small a base are said to be left out',
      q: { indicator: rate, ranked: [unit('邢庄镇', 95, 1), unit('城关镇', 80, 2)], unranked: 2 },
      text: '各乡镇（街道）中，矛盾纠纷调处率最高的是邢庄镇（95%），最低的是城关镇（80%）（另有2个单位基数不足，未参与比较）。',
    },
  ])('$name', ({ q, text }) => {
    const s = leadersSentence({ peers: 'towns', unranked: 0, ...q });
    expect(s && plain(s)).toBe(text);
  });

  test.each([
    ['towns', '各乡镇（街道）中，矛盾纠纷调处率最高的是邢庄镇（95%），最低的是城关镇（80%）。'],
    ['departments', '各县直部门中，矛盾纠纷调处率最高的是邢庄镇（95%），最低的是城关镇（80%）。'],
  ] as const)('names the peers compared: %s', (peers, text) => {
    const s = leadersSentence({
      indicator: rate,
      peers,
      ranked: [unit('邢庄镇', 95, 1), unit('城关镇', 80, 2)],
      unranked: 0,
    });
    expect(s && plain(s)).toBe(text);
  });

  test('each unit figure links to its own facts, a shared figure to all of them', () => {
    const s = leadersSentence({
      indicator: rate,
      peers: 'towns',
      ranked: [unit('邢庄镇', 95, 1), unit('桃花镇', 95, 3), unit('城关镇', 80, 2)],
      unranked: 0,
    });
    expect(s?.parts.filter((p) => typeof p !== 'string')).toEqual([
      { text: '95%', facts: [1, 3] },
      { text: '80%', facts: [2] },
    ]);
  });

  test('a caseload, neither better high nor low, is said by size only: no 最好/最差/领先/落后', () => {
    const s = leadersSentence({
      indicator: cases,
      peers: 'towns',
      ranked: [unit('青龙镇', 112, 1), unit('城关街道', 98, 2), unit('龙泉乡', 40, 3)],
      unranked: 0,
    });
    const text = s ? plain(s) : '';
    expect(text).toBe(
      '各乡镇（街道）中，排查调处矛盾纠纷件数最多的是青龙镇（112件），最少的是龙泉乡（40件）。',
    );
    expect(text).not.toMatch(/最好|最差|领先|落后|靠前|靠后/);
  });

  test('no ranked unit, no sentence', () => {
    expect(leadersSentence({ indicator: rate, peers: 'towns', ranked: [], unranked: 1 })).toBeNull();
  });
});

describe('units without the figure: 未报送 apart from 未提及', () => {
  test.each([
    [
      'units that sent no report apart from reports that leave it out',
      { noReport: 3, notMentioned: 2 },
      '全县共排查调处矛盾纠纷1234件（12个单位报告；3个单位未报送，2个单位的报告未提及），上年无可比数据。',
    ],
    [
      'only reports that leave it out',
      { noReport: 0, notMentioned: 5 },
      '全县共排查调处矛盾纠纷1234件（12个单位报告；5个单位的报告未提及），上年无可比数据。',
    ],
    [
      'only units that sent no report',
      { noReport: 1, notMentioned: 0 },
      '全县共排查调处矛盾纠纷1234件（12个单位报告；1个单位未报送），上年无可比数据。',
    ],
  ])('a total counts %s', (_name, absent, text) => {
    const s = totalSentence({
      indicator: cases,
      year: 2023,
      value: 1234,
      qualifier: 'exact',
      units: 12,
      absent,
      change: null,
    });
    expect(plain(s)).toBe(text);
  });

  test.each([
    [
      'every report leaves it out, and some units sent none',
      { noReport: 3, notMentioned: 18 },
      '已报送报告的18个单位均未提及矛盾纠纷调处率，另有3个单位未报送。',
    ],
    [
      'every unit reported and none mentions it',
      { noReport: 0, notMentioned: 21 },
      '已报送报告的21个单位均未提及矛盾纠纷调处率。',
    ],
  ])('a figure no unit gave says so when %s', (_name, absent, text) => {
    expect(plain(noFigureSentence({ indicator: rate, absent }))).toBe(text);
  });
});

describe('who reported this year', () => {
  test.each([
    [{ units: 2, reported: 2, noReport: [] }, '2023年度，全县2个单位中有2个报送了法治政府建设情况报告。'],
    [
      { units: 20, reported: 18, noReport: ['东岭镇', '西河镇'] },
      '2023年度，全县20个单位中有18个报送了法治政府建设情况报告，东岭镇、西河镇未报送。',
    ],
    [
      { units: 20, reported: 14, noReport: ['甲', '乙', '丙', '丁', '戊', '己'] },
      '2023年度，全县20个单位中有14个报送了法治政府建设情况报告，另有6个单位未报送。',
    ],
  ])('%o', (q, text) => {
    expect(plain(coverageSentence({ year: 2023, ...q }))).toBe(text);
  });
});

describe('reconsideration outcomes', () => {
  test('lists the outcomes reported, in the usual order, after the cases closed', () => {
    const s = outcomesSentence({
      year: 2023,
      closed: { value: 63, qualifier: 'exact', units: 1 },
      outcomes: [
        { key: 'recon.withdrawn', value: 13, qualifier: 'exact' },
        { key: 'recon.upheld', value: 38, qualifier: 'exact' },
        { key: 'recon.revoked', value: 1, qualifier: 'exact' },
      ],
    });
    expect(s && plain(s)).toBe('全县共审结行政复议案件63件，其中维持38件、撤销1件、撤回或终止13件。');
  });

  test('without the number closed it still lists the outcomes', () => {
    const s = outcomesSentence({
      year: 2023,
      closed: null,
      outcomes: [{ key: 'recon.rejected', value: 8, qualifier: 'exact' }],
    });
    expect(s && plain(s)).toBe('全县行政复议案件办理结果为：驳回8件。');
  });

  test('no outcome reported, no sentence', () => {
    expect(
      outcomesSentence({ year: 2023, closed: { value: 3, qualifier: 'exact', units: 1 }, outcomes: [] }),
    ).toBeNull();
  });
});

describe('the population a statistic is taken over', () => {
  test.each([
    ['sum', null, '全县合计'],
    ['median', 'towns', '各乡镇（街道）中位数'],
    ['median', 'departments', '各县直部门中位数'],
    ['median', null, '全县中位数'],
  ] as const)('a %s over %s reads %s', (measure, peers, text) => {
    expect(statisticOf(measure, peers)).toBe(text);
  });
});

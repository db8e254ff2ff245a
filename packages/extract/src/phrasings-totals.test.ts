import type { IndicatorKey } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { checkFacts, extract, type Row } from './phrasing-support.ts';
import type { Role, ValueQualifier } from './types.ts';

// Phrasings written from the spec alone (not from the seed reports), to measure how the engine generalises.

const TOTAL_19 = '全年开展普法宣传活动共19次，其中集中宣传9次，法律进农村4次，法律进校园6次';
const TOTAL_45 = '排查调处矛盾纠纷合计45件，其中婚姻家庭纠纷20件、邻里纠纷15件、土地纠纷10件';
const TOTAL_6000 = '发放宣传资料共6000余份，其中《民法典》宣传册2000份';
const TOTAL_120 = '开展行政执法检查共120次（其中联合执法检查30次）';
const TOTAL_320 = '全年提供法律咨询共320人次，其中线上咨询120人次';
const DISTINCT_4_2 = '举办法治专题讲座4次，组织线下集中培训2次';
const LOOSE_SUM = '开展普法文化活动100余次，组织专题宣传6次';

describe('breakdowns', () => {
  test.each<Row>([
    [
      'keeps a 共 total and each 其中 part',
      TOTAL_19,
      [
        ['pub.events', 19, 'exact'],
        ['pub.events', 9, 'exact'],
        ['pub.events', 4, 'exact'],
        ['pub.events', 6, 'exact'],
      ],
    ],
    [
      'keeps a 合计 total and each part',
      TOTAL_45,
      [
        ['dispute.cases', 45, 'exact'],
        ['dispute.cases', 20, 'exact'],
        ['dispute.cases', 15, 'exact'],
        ['dispute.cases', 10, 'exact'],
      ],
    ],
    [
      'keeps a training total in 期 and its part',
      '举办法治培训共8期，其中行政执法人员专题培训3期',
      [
        ['train.sessions', 8, 'exact'],
        ['train.sessions', 3, 'exact'],
      ],
    ],
    [
      'keeps an over total and an exact part',
      TOTAL_6000,
      [
        ['pub.materials', 6000, 'over'],
        ['pub.materials', 2000, 'exact'],
      ],
    ],
    [
      'keeps a parenthesised part',
      TOTAL_120,
      [
        ['enforce.inspections', 120, 'exact'],
        ['enforce.inspections', 30, 'exact'],
      ],
    ],
    [
      'keeps a consultation total and its part',
      TOTAL_320,
      [
        ['svc.consultations', 320, 'exact'],
        ['svc.consultations', 120, 'exact'],
      ],
    ],
    [
      'keeps two distinct trainings',
      DISTINCT_4_2,
      [
        ['train.sessions', 4, 'exact'],
        ['train.sessions', 2, 'exact'],
      ],
    ],
    [
      'keeps an over mention next to an exact one',
      LOOSE_SUM,
      [
        ['pub.events', 100, 'over'],
        ['pub.events', 6, 'exact'],
      ],
    ],
  ])('%s', checkFacts);

  test.each<[name: string, sentence: string, key: IndicatorKey, roles: [number, Role | null][]]>([
    [
      'marks 共19次 total and its 其中 mentions parts',
      TOTAL_19,
      'pub.events',
      [
        [19, 'total'],
        [9, 'part'],
        [4, 'part'],
        [6, 'part'],
      ],
    ],
    [
      'marks 合计45件 total and its parts',
      TOTAL_45,
      'dispute.cases',
      [
        [45, 'total'],
        [20, 'part'],
        [15, 'part'],
        [10, 'part'],
      ],
    ],
    [
      'marks a parenthesised mention a part',
      TOTAL_120,
      'enforce.inspections',
      [
        [120, 'total'],
        [30, 'part'],
      ],
    ],
    [
      'gives distinct mentions no role',
      DISTINCT_4_2,
      'train.sessions',
      [
        [4, null],
        [2, null],
      ],
    ],
  ])('%s', (_name, sentence, key, roles) => {
    const got = extract(sentence)
      .facts.filter((f) => f.key === key)
      .map((f) => `${f.value} ${f.role}`);
    expect(got.sort()).toEqual(roles.map(([value, role]) => `${value} ${role}`).sort());
  });

  test.each<[name: string, sentence: string, key: IndicatorKey, value: number, qualifier: ValueQualifier]>([
    ['values a 共 total at the total, not total + parts', TOTAL_19, 'pub.events', 19, 'exact'],
    ['values a 合计 total at the total', TOTAL_45, 'dispute.cases', 45, 'exact'],
    ['values an over total with an exact part at the total, over', TOTAL_6000, 'pub.materials', 6000, 'over'],
    ['values a parenthesised breakdown at the total', TOTAL_120, 'enforce.inspections', 120, 'exact'],
    ['values a consultation total at the total', TOTAL_320, 'svc.consultations', 320, 'exact'],
    ['sums distinct trainings: 专题讲座4次 + 集中培训2次 = 6', DISTINCT_4_2, 'train.sessions', 6, 'exact'],
    ['sums with the loosest qualifier: 100余次 + 6次 = 106, over', LOOSE_SUM, 'pub.events', 106, 'over'],
    [
      'sums two kinds of meetings: 4次 + 6次 = 10',
      '全年召开法治建设专题部署会4次、工作推进会6次',
      'lead.meetings',
      10,
      'exact',
    ],
    [
      'sums model villages over levels: 1 + 1 + 2 = 4',
      '现有国家级民主法治示范村1个，省级1个，市级2个',
      'demo.villages',
      4,
      'exact',
    ],
    [
      'takes 调解成功率 over 调解率 instead of summing rates',
      '矛盾纠纷调解率100%，调解成功率98%',
      'dispute.rate',
      98,
      'exact',
    ],
    [
      'values the report year only, not the derived previous year',
      '全年行政复议受理88件，相较于去年减少了339件',
      'recon.received',
      88,
      'exact',
    ],
  ])('%s', (_name, sentence, key, value, qualifier) => {
    expect(extract(sentence).values[key]).toEqual({ value, qualifier });
  });
});

describe('correction rate', () => {
  test.each<[name: string, sentence: string, value: number, qualifier: ValueQualifier]>([
    [
      'derives (撤销1 + 责令3) / 结案63 = 6.35%',
      '行政复议受理共88件（结案63件、维持38件、撤销1件、驳回8件，责令3件，申请人撤回复议申请13件）',
      6.35,
      'derived',
    ],
    [
      'derives (撤销3 + 变更1 + 确认违法1) / 审结50 = 10%',
      '审结行政复议案件50件，其中维持40件、撤销3件、变更1件、确认违法1件、驳回5件',
      10,
      'derived',
    ],
    [
      'prefers a stated 纠错率 over the one derived from counts',
      '审结行政复议案件62件，撤销10件、变更3件、确认违法1件、责令履行1件，纠错率24.2%',
      24.2,
      'exact',
    ],
    [
      'takes a stated 纠错率 when no counts are given',
      '通过行政复议直接纠错236件，纠错率24.2%',
      24.2,
      'exact',
    ],
  ])('%s', (_name, sentence, value, qualifier) => {
    const rate = extract(sentence).values['recon.correction_rate'];
    expect(rate?.value).toBeCloseTo(value, 2);
    expect(rate?.qualifier).toBe(qualifier);
  });

  test('leaves the correction rate missing without a closed count', () => {
    expect(extract('行政复议维持原行政行为5件、撤销1件').values['recon.correction_rate']).toBeUndefined();
  });
});

import type { IndicatorKey, Qualifier } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { extractReport } from './index.ts';
import type { ExtractResult, FlagType, Role, ValueQualifier } from './types.ts';

// Phrasings written from the spec alone (not from the seed reports), to measure how the engine generalises.
// A fact row is [key, value, qualifier] or [key, value, qualifier, year] when the year is not the report year.
type ExpectedFact = [IndicatorKey, number, Qualifier] | [IndicatorKey, number, Qualifier, number];
type Row = [name: string, sentence: string, facts: ExpectedFact[]];

const YEAR = 2023;
const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万]/;

const extract = (text: string): ExtractResult => extractReport(text, { year: YEAR });
const sig = (key: string, value: number, qualifier: string, year: number | null) =>
  `${key} ${+value.toFixed(4)} ${qualifier} ${year}`;

/** The facts of `sentence` equal `expected` as a multiset, and every fact points at its own span. */
function expectFacts(sentence: string, expected: ExpectedFact[]): void {
  const { facts } = extract(sentence);
  const got = facts.map((f) => sig(f.key, f.value, f.qualifier, f.year)).sort();
  const want = expected
    .map(([key, value, qualifier, year = YEAR]) => sig(key, value, qualifier, year))
    .sort();
  expect(got).toEqual(want);
  for (const f of facts) {
    expect(f.text.length).toBeGreaterThan(0);
    expect(sentence.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toMatch(NUMERAL);
  }
}

const checkFacts = (_name: string, sentence: string, facts: ExpectedFact[]) => expectFacts(sentence, facts);

describe('numbers', () => {
  test.each<Row>([
    [
      'reads plain Arabic digits: 12次 as 12',
      '今年以来，镇司法所开展普法宣传活动12次',
      [['pub.events', 12, 'exact']],
    ],
    ['reads full-width digits: １２次 as 12', '全年开展普法宣传活动１２次', [['pub.events', 12, 'exact']]],
    [
      'reads full-width digits and percent sign: １００％ as 100',
      '全镇执法人员持证率达１００％',
      [['enforce.certified_rate', 100, 'exact']],
    ],
    [
      'reads a thousands separator: 1,200人次 as 1200',
      '全年为群众提供法律咨询1,200人次',
      [['svc.consultations', 1200, 'exact']],
    ],
    [
      'reads a thousands separator: 10,751次 as 10751',
      '全年开展行政检查10,751次',
      [['enforce.inspections', 10751, 'exact']],
    ],
    ['reads 1.5万余份 as 15000, over', '印发各类宣传材料1.5万余份', [['pub.materials', 15000, 'over']]],
    [
      'reads 2万余人次 as 20000, over',
      '开展送法进村活动，受教育群众2万余人次',
      [['pub.reach', 20000, 'over']],
    ],
    ['reads 3千余份 as 3000, over', '发放法律宣传资料3千余份', [['pub.materials', 3000, 'over']]],
    ['reads 1.2万人次 as 12000, exact', '普法宣传覆盖群众1.2万人次', [['pub.reach', 12000, 'exact']]],
    ['reads 两万余人次 as 20000, over', '各类普法活动覆盖群众两万余人次', [['pub.reach', 20000, 'over']]],
    [
      'reads 十余次 as 10, over',
      '党委理论学习中心组开展法治专题学习十余次',
      [['train.leader_study', 10, 'over']],
    ],
    ['reads 近千名 as 1000, near', '为辖区近千名群众提供法律咨询', [['svc.consultations', 1000, 'near']]],
    ['reads 千余份 as 1000, over', '发放《民法典》宣传资料千余份', [['pub.materials', 1000, 'over']]],
    ['reads 二十一个 as 21', '全县累计创建民主法治示范村（社区）二十一个', [['demo.villages', 21, 'exact']]],
    ['reads 三十余场 as 30, over', '开展法治宣传“六进”活动三十余场', [['pub.events', 30, 'over']]],
    ['reads 一百二十次 as 120', '全年开展行政执法检查一百二十次', [['enforce.inspections', 120, 'exact']]],
    ['reads 两次 as 2', '全年开展行政执法案卷评查两次', [['enforce.case_reviews', 2, 'exact']]],
    ['reads 二十多次 as 20, over', '组织干部职工参加法治培训二十多次', [['train.sessions', 20, 'over']]],
    [
      'reads 百分之九十五 as 95',
      '全镇干部参加学法考试，合格率达百分之九十五',
      [['train.exam_pass_rate', 95, 'exact']],
    ],
    [
      'reads 百分之百 as 100',
      '行政机关负责人出庭应诉率达到百分之百',
      [['litig.head_appearance_rate', 100, 'exact']],
    ],
    [
      'reads a decimal rate: 99.14% as 99.14',
      '年度学法考试参考率达99.14%',
      [['train.exam_participation_rate', 99.14, 'exact']],
    ],
    [
      'reads a number separated from its measure word: 12 件',
      '年内调处矛盾纠纷12 件',
      [['dispute.cases', 12, 'exact']],
    ],
    [
      'reads a rate separated from its verb: 达 100%',
      '全镇执法人员持证率达 100%',
      [['enforce.certified_rate', 100, 'exact']],
    ],
    ['reads 100余次 as 100, over', '举办普法文化活动100余次', [['pub.events', 100, 'over']]],
    ['reads 20多次 as 20, over', '开展普法宣传活动20多次', [['pub.events', 20, 'over']]],
    ['reads 5000份以上 as 5000, over', '发放宣传资料5000份以上', [['pub.materials', 5000, 'over']]],
    [
      'reads 五百人次以上 as 500, over',
      '法治培训覆盖干部职工五百人次以上',
      [['train.participants', 500, 'over']],
    ],
    [
      'reads 超过300人次 as 300, over',
      '全年接待群众法律咨询超过300人次',
      [['svc.consultations', 300, 'over']],
    ],
    ['reads 约2000份 as 2000, about', '发放法律宣传资料约2000份', [['pub.materials', 2000, 'about']]],
    ['reads 3000人次左右 as 3000, about', '受教育群众3000人次左右', [['pub.reach', 3000, 'about']]],
    ['reads 近百件 as 100, near', '排查化解各类矛盾纠纷近百件', [['dispute.cases', 100, 'near']]],
    ['reads 将近40人次 as 40, near', '为困难群众提供法律援助将近40人次', [['svc.legal_aid', 40, 'near']]],
    ['reads 不足10件 as 10, under', '全年作出行政处罚不足10件', [['enforce.penalties', 10, 'under']]],
    ['reads 不到5件 as 5, under', '依法处理政府信息公开申请不到5件', [['open.requests', 5, 'under']]],
    ['reads 近十余次 as 10, about', '召开法治政府建设专题会议近十余次', [['lead.meetings', 10, 'about']]],
    [
      'reads two multiplied figures in one sentence',
      '发放宣传资料1.5万余份，受教育群众2万余人次',
      [
        ['pub.materials', 15000, 'over'],
        ['pub.reach', 20000, 'over'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('training: leader study, staff training, exams', () => {
  test.each<Row>([
    [
      'counts 党委理论学习中心组 专题学习 as leader study',
      '镇党委理论学习中心组开展习近平法治思想专题学习2次',
      [['train.leader_study', 2, 'exact']],
    ],
    [
      'counts 常务会议会前学法 as leader study',
      '全年开展政府常务会议会前学法10次',
      [['train.leader_study', 10, 'exact']],
    ],
    [
      'counts 领导班子集体学法 as leader study',
      '镇领导班子全年集体学法6次',
      [['train.leader_study', 6, 'exact']],
    ],
    [
      'counts “第一议题” study as leader study and not the ordinal',
      '通过“第一议题”学习习近平法治思想8次',
      [['train.leader_study', 8, 'exact']],
    ],
    [
      'counts a bare 集中学法 without a named subject as leader study',
      '全年开展集中学法5次',
      [['train.leader_study', 5, 'exact']],
    ],
    [
      'counts 集中学法 of 全镇干部 as staff training',
      '组织全镇干部开展集中学法5次',
      [['train.sessions', 5, 'exact']],
    ],
    [
      'counts 周例会学法 of all cadres as staff training',
      '利用周例会组织全体干部学法12次',
      [['train.sessions', 12, 'exact']],
    ],
    [
      'counts 法治专题讲座 in 场 as staff training',
      '邀请律师为镇村干部举办法治专题讲座3场',
      [['train.sessions', 3, 'exact']],
    ],
    [
      'counts 培训班 in 期 as staff training',
      '举办行政执法人员法治培训班2期',
      [['train.sessions', 2, 'exact']],
    ],
    ['counts 读书班 as staff training', '组织干部职工参加法治读书班4次', [['train.sessions', 4, 'exact']]],
    [
      'counts 法治党课 as staff training',
      '镇党委书记为全体党员干部讲授法治党课2次',
      [['train.sessions', 2, 'exact']],
    ],
    [
      'tells leader study from staff training in one sentence by the subject',
      '党委理论学习中心组学法4次，组织执法人员参加线上“行政执法大讲堂”培训27次',
      [
        ['train.leader_study', 4, 'exact'],
        ['train.sessions', 27, 'exact'],
      ],
    ],
    [
      'reads training reach in 人 and ignores 两级',
      '开展法治培训，覆盖镇村两级干部300余人',
      [['train.participants', 300, 'over']],
    ],
    [
      'reads exam participants in 名',
      '组织116名在编干部参加法治理论考试',
      [['train.exam_participants', 116, 'exact']],
    ],
    [
      'reads exam participants of an online test',
      '组织200余名工作人员参加学法用法网上测试',
      [['train.exam_participants', 200, 'over']],
    ],
    [
      'reads newly certified officers',
      '鼓励5名年轻干部考取行政执法证',
      [['train.certified_officers', 5, 'exact']],
    ],
    [
      'gives 参考率、合格率均达100% to both exam rates',
      '年度学法考试参考率、合格率均达100%',
      [
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('disputes, publicity and legal services', () => {
  test.each<Row>([
    ['reads 调处 in 件 as dispute cases', '全年共调处各类矛盾纠纷46件', [['dispute.cases', 46, 'exact']]],
    [
      'reads 排查化解 in 起 as dispute cases',
      '累计排查化解邻里、婚姻家庭等矛盾纠纷22起',
      [['dispute.cases', 22, 'exact']],
    ],
    [
      'reads received, resolved and success rate from one sentence',
      '镇人民调解委员会受理矛盾纠纷36件，调解成功35件，调解成功率97.2%',
      [
        ['dispute.cases', 36, 'exact'],
        ['dispute.resolved', 35, 'exact'],
        ['dispute.rate', 97.2, 'exact'],
      ],
    ],
    ['reads a bare 调处率 as the dispute rate', '矛盾纠纷调处率达95%', [['dispute.rate', 95, 'exact']]],
    [
      'keeps only 调解成功率 when 调解率 is also given',
      '矛盾纠纷调解率100%，调解成功率98%',
      [['dispute.rate', 98, 'exact']],
    ],
    [
      'reads a publicity campaign and ignores 万 inside its slogan',
      '开展“宪法进万家”普法宣传活动15次',
      [['pub.events', 15, 'exact']],
    ],
    ['reads publicity events in 场次', '开展法治宣传“六进”活动32场次', [['pub.events', 32, 'exact']]],
    ['reads publicity events in 场', '组织普法文艺下乡演出8场', [['pub.events', 8, 'exact']]],
    [
      'reads 专题宣传 around a festival date without the date',
      '围绕“4.15”全民国家安全教育日开展专题宣传6次',
      [['pub.events', 6, 'exact']],
    ],
    ['reads 受教群众 in 人 as reach', '现场受教群众5000余人', [['pub.reach', 5000, 'over']]],
    ['reads 印发 materials in 份', '印发各类普法宣传材料8000余份', [['pub.materials', 8000, 'over']]],
    ['reads 发放 materials in 份', '发放宣传折页、手册等资料2600份', [['pub.materials', 2600, 'exact']]],
    ['reads legal consultations in 人次', '全年提供法律咨询800余人次', [['svc.consultations', 800, 'over']]],
    ['reads legal aid cases in 件', '办理法律援助案件12件', [['svc.legal_aid', 12, 'exact']]],
    ['reads legal aid in 人次', '为农民工提供法律援助50余人次', [['svc.legal_aid', 50, 'over']]],
  ])('%s', checkFacts);
});

describe('reconsideration and litigation', () => {
  test.each<Row>([
    [
      'reads every figure of a parenthesised reconsideration breakdown',
      '行政复议受理共88件（结案63件、维持38件、撤销1件、驳回8件，责令3件，申请人撤回复议申请13件）',
      [
        ['recon.received', 88, 'exact'],
        ['recon.closed', 63, 'exact'],
        ['recon.upheld', 38, 'exact'],
        ['recon.revoked', 1, 'exact'],
        ['recon.rejected', 8, 'exact'],
        ['recon.ordered', 3, 'exact'],
        ['recon.withdrawn', 13, 'exact'],
      ],
    ],
    [
      'tells applications received from cases accepted',
      '共收到行政复议申请215件，依法受理198件',
      [
        ['recon.applications', 215, 'exact'],
        ['recon.received', 198, 'exact'],
      ],
    ],
    [
      'reads reconsideration cases closed by mediation and their rate',
      '行政复议案件以调解、和解等方式结案170件，调解率17.4%',
      [
        ['recon.mediated', 170, 'exact'],
        ['recon.mediation_rate', 17.4, 'exact'],
      ],
    ],
    [
      'reads direct corrections and a stated correction rate',
      '通过行政复议直接纠错236件，纠错率24.2%',
      [
        ['recon.direct_corrections', 236, 'exact'],
        ['recon.correction_rate', 24.2, 'exact'],
      ],
    ],
    [
      'reads 审结 with 确认违法 and 变更 outcomes',
      '审结行政复议案件40件，其中确认违法2件、变更1件',
      [
        ['recon.closed', 40, 'exact'],
        ['recon.confirmed_illegal', 2, 'exact'],
        ['recon.changed', 1, 'exact'],
      ],
    ],
    [
      'reads 终止 after withdrawal as withdrawn',
      '行政复议案件中，因申请人撤回申请终止审理5件',
      [['recon.withdrawn', 5, 'exact']],
    ],
    [
      'reads litigation cases and cases lost',
      '办理行政诉讼案件12件，败诉1件',
      [
        ['litig.cases', 12, 'exact'],
        ['litig.lost', 1, 'exact'],
      ],
    ],
    [
      'reads 应诉案件 and 已结案件',
      '全年发生行政应诉案件18件，已结案件11件',
      [
        ['litig.cases', 18, 'exact'],
        ['litig.closed', 11, 'exact'],
      ],
    ],
    [
      'reads the head appearance rate',
      '行政机关负责人出庭应诉率100%',
      [['litig.head_appearance_rate', 100, 'exact']],
    ],
    ['reads the litigation loss rate', '全县行政诉讼败诉率为5.5%', [['litig.lost_rate', 5.5, 'exact']]],
    [
      'reads court judgments to perform',
      '需要履行法院生效判决1件，已全部履行完毕',
      [['court.judgments_performed', 1, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('decisions and transparency', () => {
  test.each<Row>([
    [
      'reads 法律顾问审核 decisions as legal reviews',
      '邀请法律顾问审核重大事项决策12件',
      [['decision.legal_reviews', 12, 'exact']],
    ],
    [
      'reads 合法性审查 in 次 as legal reviews',
      '对重大行政决策开展合法性审查13次',
      [['decision.legal_reviews', 13, 'exact']],
    ],
    [
      'reads 近百件 drafted documents as legal reviews, near',
      '法律顾问参与起草审核相关文件近百件',
      [['decision.legal_reviews', 100, 'near']],
    ],
    [
      'reads legal reviews in 项',
      '法律顾问全年审核镇重大决策事项5项',
      [['decision.legal_reviews', 5, 'exact']],
    ],
    ['reads contract reviews in 份', '审查监督合同文书43份', [['decision.contract_reviews', 43, 'exact']]],
    [
      'reads contract reviews in 件',
      '全年完成镇村合同审查1077件',
      [['decision.contract_reviews', 1077, 'exact']],
    ],
    ['reads 出具法律意见书', '法律顾问出具法律意见书11份', [['decision.legal_opinions', 11, 'exact']]],
    [
      'reads the items of a major-decision catalogue',
      '编制年度重大行政决策事项目录，纳入决策事项7件',
      [['decision.major_decisions', 7, 'exact']],
    ],
    [
      'reads normative documents with the number before the noun',
      '全年制定下发了2份规范性文件',
      [['docs.normative', 2, 'exact']],
    ],
    ['reads normative documents filed', '向县政府报送备案规范性文件3件', [['docs.normative', 3, 'exact']]],
    [
      'reads disclosed items in 条',
      '通过政务公开栏和政府网站公开各类政府信息132条',
      [['open.items', 132, 'exact']],
    ],
    ['reads 依申请公开 requests', '受理依申请公开事项9件，均按期答复', [['open.requests', 9, 'exact']]],
    ['reads answered disclosure requests', '回复群众信息公开申请2件', [['open.requests', 2, 'exact']]],
  ])('%s', checkFacts);
});

describe('enforcement and leadership', () => {
  test.each<Row>([
    ['reads 行政执法检查 in 次', '开展行政执法检查76次', [['enforce.inspections', 76, 'exact']]],
    ['reads 作出行政处罚 in 件', '全年作出行政处罚7件', [['enforce.penalties', 7, 'exact']]],
    ['reads 查处违法行为 in 起 as penalties', '依法查处违法行为14起', [['enforce.penalties', 14, 'exact']]],
    ['reads 办理行政处罚案件', '办理行政处罚案件35件', [['enforce.penalties', 35, 'exact']]],
    [
      'reads case reviews with the number before the noun',
      '全年开展2次执法案卷评查',
      [['enforce.case_reviews', 2, 'exact']],
    ],
    [
      'reads case reviews after the noun',
      '组织开展行政执法案卷评查3次',
      [['enforce.case_reviews', 3, 'exact']],
    ],
    [
      'reads certificate holders in 人',
      '全镇共27人持有行政执法证',
      [['enforce.certified_holders', 27, 'exact']],
    ],
    ['reads 持证上岗率', '执法人员持证上岗率达100%', [['enforce.certified_rate', 100, 'exact']]],
    [
      'reads rule-of-law meetings with the number before the noun',
      '召开3次专题会议研究法治建设',
      [['lead.meetings', 3, 'exact']],
    ],
    [
      'reads two kinds of rule-of-law meetings as two facts',
      '全年召开法治建设专题部署会4次、工作推进会6次',
      [
        ['lead.meetings', 4, 'exact'],
        ['lead.meetings', 6, 'exact'],
      ],
    ],
    ['reads 依法治镇专题会议', '召开党委全面依法治镇专题会议2次', [['lead.meetings', 2, 'exact']]],
    [
      'reads each level of model villages as a fact',
      '现有国家级民主法治示范村1个，省级1个，市级2个',
      [
        ['demo.villages', 1, 'exact'],
        ['demo.villages', 1, 'exact'],
        ['demo.villages', 2, 'exact'],
      ],
    ],
    ['reads a model community', '创建省级民主法治示范社区1个', [['demo.villages', 1, 'exact']]],
  ])('%s', checkFacts);
});

// Breakdowns: the total and its parts are all facts; the unit-year value is the total.
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

const YOY_88 = '全年行政复议受理88件，相较于去年减少了339件';
const YOY_50 = '年内调处矛盾纠纷50件，较上年增加12件';
const STATED_558 = '共收到行政复议申请1113件，较2022年558件增加了555件';

describe('year-on-year comparisons', () => {
  test.each<Row>([
    [
      'derives 427 for 2022 from 88件 and 减少了339件',
      YOY_88,
      [
        ['recon.received', 88, 'exact'],
        ['recon.received', 427, 'exact', 2022],
      ],
    ],
    [
      'derives 38 for 2022 from 50件 and 较上年增加12件',
      YOY_50,
      [
        ['dispute.cases', 50, 'exact'],
        ['dispute.cases', 38, 'exact', 2022],
      ],
    ],
    [
      'derives 19 for 2022 from 14起 and 比去年同期下降5起',
      '依法查处违法行为14起，比去年同期下降5起',
      [
        ['enforce.penalties', 14, 'exact'],
        ['enforce.penalties', 19, 'exact', 2022],
      ],
    ],
    [
      'derives 60 for 2022 from 76次 and 比上年多16次',
      '开展行政执法检查76次，比上年多16次',
      [
        ['enforce.inspections', 76, 'exact'],
        ['enforce.inspections', 60, 'exact', 2022],
      ],
    ],
    [
      'derives 15 for 2022 from 12件 and 同比减少3件',
      '办理行政诉讼案件12件，同比减少3件',
      [
        ['litig.cases', 12, 'exact'],
        ['litig.cases', 15, 'exact', 2022],
      ],
    ],
    [
      'derives 4000 for 2022 from 5000份 and 较上年增加1000份',
      '发放宣传资料5000份，较上年增加1000份',
      [
        ['pub.materials', 5000, 'exact'],
        ['pub.materials', 4000, 'exact', 2022],
      ],
    ],
    [
      'reads a stated 2022 value once and does not read the difference',
      STATED_558,
      [
        ['recon.applications', 1113, 'exact'],
        ['recon.applications', 558, 'exact', 2022],
      ],
    ],
    [
      'reads 比2022年的48件 as the 2022 value',
      '调处矛盾纠纷62件，比2022年的48件增加14件',
      [
        ['dispute.cases', 62, 'exact'],
        ['dispute.cases', 48, 'exact', 2022],
      ],
    ],
  ])('%s', checkFacts);

  test.each<[name: string, sentence: string, key: IndicatorKey, year: number, derived: boolean]>([
    ['marks the value computed from 减少了339件 derived', YOY_88, 'recon.received', 2022, true],
    ['does not mark the figure read for the report year derived', YOY_88, 'recon.received', 2023, false],
    ['marks the value computed from 较上年增加12件 derived', YOY_50, 'dispute.cases', 2022, true],
    ['does not mark a stated previous-year value derived', STATED_558, 'recon.applications', 2022, false],
  ])('%s', (_name, sentence, key, year, derived) => {
    const matching = extract(sentence).facts.filter((f) => f.key === key && f.year === year);
    expect(matching.map((f) => f.derived)).toEqual([derived]);
  });
});

describe('numbers that are not indicators', () => {
  test.each<Row>([
    ['ignores a year', '2023年，我镇深入贯彻落实习近平法治思想', []],
    ['ignores a month-day date', '9月25日，镇司法所在集市开展法治宣传', []],
    ['ignores a full date', '本报告于2024年1月25日报送县委依法治县办', []],
    ['ignores the year range of a plan title', '认真落实《法治政府建设实施纲要（2021-2025年）》', []],
    ['ignores a festival date in quotes: “4.15”', '利用“4.15”全民国家安全教育日开展宣传', []],
    ['ignores a festival date in quotes: “12.4”', '在“12.4”国家宪法日期间集中开展普法宣传', []],
    [
      'ignores a document number',
      '根据县政府办公室《关于做好法治政府建设年度报告工作的通知》（桐政办〔2025〕19号）要求',
      [],
    ],
    ['ignores 一是/二是 ordinals', '一是加强组织领导，二是强化学法用法', []],
    ['ignores 第一 ordinals', '第一，压实法治建设第一责任人职责', []],
    ['ignores a bracketed heading ordinal', '（六）强化矛盾纠纷多元化解', []],
    ['ignores a heading ordinal', '三、存在的问题和不足', []],
    ['ignores a quarter ordinal', '第三季度开展了安全生产执法检查', []],
    ['ignores a count of villages', '全镇21个行政村均配备了法律顾问', []],
    ['ignores a count of 嘎查村', '全苏木16个嘎查村全部建立人民调解委员会', []],
    ['ignores the slogan “三重一大”', '严格落实“三重一大”集体决策制度', []],
    ['ignores the slogan “一岗双责”', '落实党政主要负责人“一岗双责”', []],
    ['ignores the slogan “九个一”', '深入推进“九个一”普法工程', []],
    ['ignores the model name “1+1+N”', '构建“1+1+N”矛盾纠纷调解模式', []],
    ['ignores the plan name “八五”普法', '全面完成“八五”普法中期评估', []],
    ['ignores the plan name “十四五”', '对标“十四五”规划目标推进法治建设', []],
    ['ignores a hotline number', '及时办结12345热线转办事项', []],
    ['ignores money', '共收缴罚款7610元', []],
    ['ignores money in 万元', '投入资金20万元建设法治文化广场', []],
    ['ignores population', '全镇现有人口3.2万人', []],
    ['ignores a percentage with no indicator', '法治建设考核权重提升至15%', []],
    ['ignores a frequency: 每月开展一次', '坚持每月开展一次集中学习', []],
    ['ignores a frequency: 每季度1次', '领导班子每季度1次集体学法', []],
    ['ignores a party committee meeting count with no rule-of-law topic', '全年召开党委会22次', []],
  ])('%s', checkFacts);
});

describe('flags', () => {
  test.each<[name: string, text: string, type: FlagType, present: boolean]>([
    [
      'flags a 镇 report that writes 全乡 and 我乡',
      '柳林镇2023年法治政府建设工作报告\n2023年，全乡上下深入学习贯彻习近平法治思想，我乡法治政府建设扎实推进。',
      'template_text',
      true,
    ],
    [
      'does not flag a 镇 report that writes 全镇 and 我镇',
      '柳林镇2023年法治政府建设工作报告\n2023年，全镇上下深入学习贯彻习近平法治思想，我镇法治政府建设扎实推进。',
      'template_text',
      false,
    ],
    [
      'does not flag a 乡 report that writes 全乡 and 我乡',
      '石门乡2023年法治政府建设工作报告\n2023年，全乡上下深入学习贯彻习近平法治思想，我乡法治政府建设扎实推进。',
      'template_text',
      false,
    ],
    ['flags a rate over 100%', '矛盾纠纷调处率达105%', 'rate_over_100', true],
    ['does not flag a rate of exactly 100%', '矛盾纠纷调处率达100%', 'rate_over_100', false],
    [
      'flags outcomes that exceed the closed count',
      '行政复议受理共30件（结案20件、维持18件、撤销3件、驳回4件）',
      'recon_outcomes_mismatch',
      true,
    ],
    [
      'does not flag outcomes that add up to the closed count',
      '行政复议受理共88件（结案63件、维持38件、撤销1件、驳回8件，责令3件，申请人撤回复议申请13件）',
      'recon_outcomes_mismatch',
      false,
    ],
    [
      'flags a success rate far from its counts',
      '调处矛盾纠纷50件，调解成功20件，调解成功率95%',
      'rate_contradicts_counts',
      true,
    ],
    [
      'does not flag a success rate that matches its counts',
      '调处矛盾纠纷50件，调解成功48件，调解成功率96%',
      'rate_contradicts_counts',
      false,
    ],
  ])('%s', (_name, text, type, present) => {
    expect(extract(text).flags.some((f) => f.type === type)).toBe(present);
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

import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Phrasings written from the spec alone (not from the seed reports), to measure how the engine generalises.

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
    ['ignores decisions not to penalise', '对轻微违法行为依法作出不予行政处罚决定41件', []],
    [
      'reads decisions listed in the catalogue of major decisions',
      '将国土空间总体规划等3件事项列入重大行政决策事项目录',
      [['decision.major_decisions', 3, 'exact']],
    ],
    [
      'reads penalties beside decisions not to penalise',
      '全年作出行政处罚决定128件，对首次违法的365户依法不予行政处罚',
      [['enforce.penalties', 128, 'exact']],
    ],
    [
      'reads contracts as contract reviews even where a legal adviser reviewed them',
      '邀请镇法律顾问审核重大事项决策9件，对镇政府签订的各类合同进行审查27份',
      [
        ['decision.legal_reviews', 9, 'exact'],
        ['decision.contract_reviews', 27, 'exact'],
      ],
    ],
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
      'reads an enforcement team’s cases by procedure as penalties',
      '镇综合执法队全年办理简易程序案件120起、一般案件36起',
      [
        ['enforce.penalties', 120, 'exact'],
        ['enforce.penalties', 36, 'exact'],
      ],
    ],
    [
      'reads cases by procedure with the verb after them or without 案件',
      '综合执法局一般程序案件共办理230件。全年行政处罚简易程序56件、一般程序36件',
      [
        ['enforce.penalties', 230, 'exact'],
        ['enforce.penalties', 56, 'exact'],
        ['enforce.penalties', 36, 'exact'],
      ],
    ],
    ['does not read cases by procedure outside enforcement', '司法所受理信访一般案件12件', []],
    [
      'reads reviews with the object before the review',
      '行政规范性文件审查2件、其他事项审查1件，合同审核35份',
      [
        ['decision.legal_reviews', 2, 'exact'],
        ['decision.legal_reviews', 1, 'exact'],
        ['decision.contract_reviews', 35, 'exact'],
      ],
    ],
    [
      'reads one review count over a list of kinds of object as legal reviews',
      '全年对重大行政决策、规范性文件及镇村合同开展全流程审查300件',
      [['decision.legal_reviews', 300, 'exact']],
    ],
    [
      'reads new officers who all passed as newly certified',
      '新增加行政执法人员4名,均通过执法证考试持证上岗',
      [['train.certified_officers', 4, 'exact']],
    ],
    [
      'reads officers who all work with a certificate as holders',
      '我局共有执法人员11人,执法人员全部持证上岗',
      [['enforce.certified_holders', 11, 'exact']],
    ],
    [
      'reads normative documents a town’s party committee decided on',
      '镇党委会全年审议决定规范性文件共6份',
      [['docs.normative', 6, 'exact']],
    ],
    [
      'reads special actions in a paragraph on enforcement as inspections',
      '严格规范执法。开展校外培训机构无证无照专项行动12次',
      [['enforce.inspections', 12, 'exact']],
    ],
    [
      'does not read a special publicity action as inspections',
      '开展普法宣传专项行动5次',
      [['pub.events', 5, 'exact']],
    ],
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

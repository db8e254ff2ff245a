import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// What was reviewed, filed or counted: patterns met in the corpus's train part and the later probes, in sentences
// written for these tests.

describe('a verb alone takes its object from the item before', () => {
  test.each<Row>([
    [
      'reads documents issued after documents reviewed as normative documents',
      '共审查行政规范性文件12件、印发9件',
      [
        ['decision.legal_reviews', 12, 'exact'],
        ['docs.normative', 9, 'exact'],
      ],
    ],
    [
      'leaves an issuing verb after contracts alone',
      '审查重大合同20份，印发3件',
      [['decision.contract_reviews', 20, 'exact']],
    ],
    [
      'reads documents issued in the unit’s name as normative documents',
      '以区政府名义发文的行政规范性文件共7件',
      [['docs.normative', 7, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('holders of enforcement certificates against those who should hold one', () => {
  test.each<Row>([
    [
      'reads 已持证 as the holders, not 应持',
      '全局应持执法证人员31人,已持证30人',
      [['enforce.certified_holders', 30, 'exact']],
    ],
    ['needs enforcement in the sentence', '全村已持证12人', []],
  ])('%s', checkFacts);
});

describe('kinds named after 其中 are parts of the figure before', () => {
  test.each<Row>([
    [
      'reads kinds after 其中 in the next sentence as parts of the cases',
      '全年下达行政处罚决定310件,罚没118.49万元。其中非法行医9件,无证行医3件。',
      [
        ['enforce.penalties', 310, 'exact'],
        ['enforce.penalties', 9, 'exact'],
        ['enforce.penalties', 3, 'exact'],
      ],
    ],
    [
      'leaves kinds that add up to more than the figure alone',
      '行政复议确认违法15件。其中强制类16件,处罚类2件。',
      [['recon.confirmed_illegal', 15, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('filing and opinions on normative documents', () => {
  test.each<Row>([
    [
      'reads a filing verb alone after reviewed documents as normative documents',
      '审核行政规范性文件27件、备案18件、清理22件',
      [
        ['decision.legal_reviews', 27, 'exact'],
        ['docs.normative', 18, 'exact'],
      ],
    ],
    [
      'reads filing in the sentence after the documents as normative documents',
      '共审核规范性文件24件。向市级备案5件。',
      [
        ['decision.legal_reviews', 24, 'exact'],
        ['docs.normative', 5, 'exact'],
      ],
    ],
    [
      'reads 备案审查 of departments’ documents as filing',
      '备案审查各部门规范性文件15件',
      [['docs.normative', 15, 'exact']],
    ],
    [
      'reads 反馈意见 as legal opinions',
      '对各部门文件反馈意见132件',
      [['decision.legal_opinions', 132, 'exact']],
    ],
    [
      'reads officers who all renewed their certificates as holders',
      '全区1200余名执法人员全部申领了新的执法证件',
      [['enforce.certified_holders', 1200, 'over']],
    ],
  ])('%s', checkFacts);
});

describe('items that share the head noun of the figure before', () => {
  test.each<Row>([
    [
      'reads the administrative part of lawsuits stated together as lawsuits',
      '行政、民事诉讼案件16宗,其中民事案件7宗,行政案件9宗',
      [['litig.cases', 9, 'exact']],
    ],
    [
      'reads further meetings of the same committee as meetings',
      '召开全面依法治区委员会会议2次,各小组会议4次',
      [
        ['lead.meetings', 2, 'exact'],
        ['lead.meetings', 4, 'exact'],
      ],
    ],
    [
      'leaves meetings someone attended alone',
      '全年召开法治专题党委会议4次,司法所长列席政府领导会议2次',
      [['lead.meetings', 4, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('what a legal review reviews', () => {
  test.each<Row>([
    [
      'reads compensation decisions reviewed as legal reviews',
      '审查区重点项目征收补偿决定42份、市政征地项目征地补偿安置决定10份',
      [
        ['decision.legal_reviews', 42, 'exact'],
        ['decision.legal_reviews', 10, 'exact'],
      ],
    ],
    ['leaves comments on draft laws sent for consultation alone', '办理法规规章征求意见18件', []],
    [
      'leaves 单位 after 法律法规 alone (not a leaflet)',
      '完成市级有关法律法规及区内单位发文征求意见62件',
      [],
    ],
    [
      'reads requests for the legal body’s opinion as reviews',
      '征求法律意见335件',
      [['decision.legal_reviews', 335, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('cases all closed, a rate named short, decisions named after the count', () => {
  test.each<Row>([
    [
      'reads lawsuits all closed as closed',
      '新增行政诉讼案件2件,均已审结。',
      [
        ['litig.cases', 2, 'exact'],
        ['litig.closed', 2, 'exact'],
      ],
    ],
    [
      'reads 应诉率 after leaders appeared in court as the appearance rate',
      '街道领导及时出庭应诉,应诉率达100%',
      [['litig.head_appearance_rate', 100, 'exact']],
    ],
    [
      'reads major decisions named after the count',
      '按法定程序规范确定1件街道重大行政决策事项',
      [['decision.major_decisions', 1, 'exact']],
    ],
    [
      'reads 获宣人员 as the reach of publicity',
      '开展普法宣传活动5场,获宣人员万余人',
      [
        ['pub.events', 5, 'exact'],
        ['pub.reach', 10000, 'over'],
      ],
    ],
  ])('%s', checkFacts);
});

import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Enforcement, reconsideration and decisions as the later probes phrase them (city-level and enforcement
// reports among them), in sentences written for these tests.

describe('inspections, penalties and holders counted in other words', () => {
  test.each<Row>([
    [
      'reads inspections recorded in 件 as inspections',
      '在执法监督平台录入行政检查2061件',
      [['enforce.inspections', 2061, 'exact']],
    ],
    [
      'reads inspection records in 条 as inspections',
      '归集执法信息,其中行政检查记录1233条',
      [['enforce.inspections', 1233, 'exact']],
    ],
    [
      'reads penalties counted in 次 as penalties',
      '区直执法部门实施行政处罚1395次',
      [['enforce.penalties', 1395, 'exact']],
    ],
    [
      'reads officers with a certificate among the staff as holders',
      '我单位共有在编执法人员59名,其中取得行政执法证58名',
      [['enforce.certified_holders', 58, 'exact']],
    ],
    [
      'reads 持证执法队员 as holders',
      '现有正式执法队员8人,持证执法队员6人',
      [['enforce.certified_holders', 6, 'exact']],
    ],
    [
      'reads officers who all have the qualification as holders',
      '其他43名执法人员均具备执法资格',
      [['enforce.certified_holders', 43, 'exact']],
    ],
    [
      'reads officers with the qualification named before the count as holders',
      '具有执法资格的行政执法人员1397人',
      [['enforce.certified_holders', 1397, 'exact']],
    ],
    [
      'reads holders of valid certificates as holders',
      '其中持有有效执法证件人员24名',
      [['enforce.certified_holders', 24, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('reconsideration, meetings and decisions in other words', () => {
  test.each<Row>([
    [
      'reads applications the reconsideration body received as applications',
      '全市复议机关共收到行政复议案件申请2929宗',
      [['recon.applications', 2929, 'exact']],
    ],
    [
      'reads 发案量 of reconsideration as cases received',
      '行政复议发案量37件',
      [['recon.received', 37, 'exact']],
    ],
    [
      'reads direct corrections with a gloss inside their words',
      '行政复议直接纠正(含撤销、确认违法、变更、责令履行)行政机关决定46件',
      [['recon.direct_corrections', 46, 'exact']],
    ],
    [
      'reads meetings that all took rule of law as an agenda item as meetings',
      '召开工作例会9次、专题会议6次,均将法治建设工作作为重要议题',
      [
        ['lead.meetings', 9, 'exact'],
        ['lead.meetings', 6, 'exact'],
      ],
    ],
    [
      'reads items put into the list of major decisions',
      '公布2024年度重大行政决策事项目录,纳入4个事项',
      [['decision.major_decisions', 4, 'exact']],
    ],
    [
      'reads related items reviewed as legal reviews',
      '审查“三攻坚一盘活”相关事项20余件',
      [['decision.legal_reviews', 20, 'over']],
    ],
  ])('%s', checkFacts);
});

describe('cases closed and study by other bodies', () => {
  test.each<Row>([
    [
      'reads administrative cases closed in a sentence about penalties as penalties',
      '全年办结林业行政案件103件,处罚105人次',
      [['enforce.penalties', 103, 'exact']],
    ],
    [
      'leaves the study of the grassroots party organisations alone',
      '各基层党组织结合“三会一课”开展集中学习320场(次)',
      [],
    ],
  ])('%s', checkFacts);
});

describe('inspection tasks', () => {
  test.each<Row>([
    [
      'reads inspection tasks in 单 as inspections',
      '抽取“双随机、一公开”监督检查任务917单',
      [['enforce.inspections', 917, 'exact']],
    ],
    ['leaves 单位 alone', '全镇28个村、5单位参加检查', []],
  ])('%s', checkFacts);
});

describe('the state named right after the people counted', () => {
  test.each<Row>([
    [
      'reads people who hold a certificate after a training and exam as holders',
      '组织工作人员参加行政执法人员综合法律知识培训和考试,累计42人持证',
      [['enforce.certified_holders', 42, 'exact']],
    ],
    ['leaves 持证 outside enforcement alone', '全村电工累计42人持证', []],
  ])('%s', checkFacts);
});

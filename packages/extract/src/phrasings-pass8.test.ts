import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Readings the eighth pass of real sentences (probes real-m: disputes, publicity, legal services; real-n:
// reconsideration, litigation, decisions, documents, openness) asked for, in sentences written for these tests
// in the style of the reports, not copied from them. The report year of these sentences is 2023.

describe('a period that began years before the report year', () => {
  test.each<Row>([
    [
      'does not read a count since an earlier year (自…以来) as the report year’s',
      '自2019年以来，全镇各级调解组织累计调解矛盾纠纷3000余件，调解成功率98.5%。',
      [],
    ],
    [
      'does not read a count over the last few years (近N年来) as the report year’s',
      '近三年来，司法所共举办法治讲座45场，调处矛盾纠纷210件。',
      [],
    ],
    [
      'reads a count since the start of the report year as the year’s own',
      '自2023年以来，司法所共调处矛盾纠纷45件。',
      [['dispute.cases', 45, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('places, kinds and copies around a count', () => {
  test.each<Row>([
    [
      'does not read a count of rooms named after the measure as what the clause before counts',
      '建成1个镇级矛盾纠纷调解中心，16个村级人民调解工作室协同运转，全年调处纠纷80件。',
      [['dispute.cases', 80, 'exact']],
    ],
    [
      'reads copies counted right after a count of kinds (N类M份)',
      '全年发放普法宣传资料30余类8000余份，法治读本500余册。',
      [
        ['pub.materials', 8000, 'over'],
        ['pub.materials', 500, 'over'],
      ],
    ],
    [
      'keeps the verb of handed-out copies for books after a gloss in brackets',
      '普法小分队发放宣传资料5000余份(册)，书籍600余本。',
      [
        ['pub.materials', 5000, 'over'],
        ['pub.materials', 600, 'over'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('legal aid: what the centre did besides its cases', () => {
  test.each<Row>([
    [
      'stops a breakdown of legal aid cases where the items pass the total',
      '县法律援助中心全年办结法律援助案件120件，其中民事案件100件，刑事案件20件，代写法律文书60余件。',
      [
        ['svc.legal_aid', 120, 'exact'],
        ['svc.legal_aid', 100, 'exact'],
        ['svc.legal_aid', 20, 'exact'],
      ],
    ],
    [
      'does not read cases put forward for a subsidy as cases handled',
      '全年办理法律援助案件90件，向省厅申报法律援助办案补贴案件40件。',
      [['svc.legal_aid', 90, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('disputes and training: whose work the figure counts', () => {
  test.each<Row>([
    [
      'does not read petitions closed (办结信访事项) as disputes resolved',
      '全年共办结信访事项86件，化解信访积案4件。',
      [['dispute.cases', 4, 'exact']],
    ],
    [
      'does not read classes for village mediation committee members, nor who attended them, as the unit’s training',
      '司法所采取集中授课、以会代训等方式，先后对辖区内18个村人民调解委员会的成员培训了4次，参加人员达320人次。',
      [],
    ],
  ])('%s', checkFacts);
});

describe('figures as typesetting left them', () => {
  test.each<Row>([
    [
      'reads a rate with a middle dot for its decimal point, and keeps 12·4 a date',
      '调解成功率达98·6%，“12·4”宪法宣传日当天发放资料300份。',
      [
        ['dispute.rate', 98.6, 'exact'],
        ['pub.materials', 300, 'exact'],
      ],
    ],
    [
      'reads 余 slipped inside 人次 as more than',
      '律师值班期间接受群众法律咨询60人余次。',
      [['svc.consultations', 60, 'over']],
    ],
  ])('%s', checkFacts);
});

describe('reconsideration, lawsuits and requests: what the next clause counts', () => {
  test.each<Row>([
    [
      'reads cases closed as reconsideration when the sentence goes on with 直接纠错',
      '全年审结920件，其中直接纠错88件，以调解、和解方式结案150件，综合化解率达26%。',
      [
        ['recon.closed', 920, 'exact'],
        ['recon.direct_corrections', 88, 'exact'],
        ['recon.mediated', 150, 'exact'],
      ],
    ],
    [
      'does not read how many requests were closed as a second count of requests',
      '全年办理依申请公开事项45件，办结40件。',
      [['open.requests', 45, 'exact']],
    ],
    [
      'reads suits brought after a reconsideration as lawsuits',
      '全年发生行政复议案件12件，复议后起诉3件。',
      [
        ['recon.received', 12, 'exact'],
        ['litig.cases', 3, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('decisions and openness: the object named after the figure', () => {
  test.each<Row>([
    [
      'reads the contracts of a 对 list reviewed after it as contract reviews',
      '法律顾问对8份规范性文件、21份行政合同进行了合法性审查。',
      [
        ['decision.legal_reviews', 8, 'exact'],
        ['decision.contract_reviews', 21, 'exact'],
      ],
    ],
    [
      'does not read policy interpretations published as items disclosed',
      '全年发布政策解读文件12篇，主动公开政府信息860条。',
      [['open.items', 860, 'exact']],
    ],
  ])('%s', checkFacts);
});

import { describe, expect, test } from 'vitest';
import { checkFacts, extract, type Row } from './phrasing-support.ts';

// Readings the sixth pass of real sentences (probes real-i, real-j) asked for, in sentences written for these
// tests in the style of the reports, not copied from them.

describe('no case brought is a zero of each kind named', () => {
  test.each<[name: string, sentence: string, zeros: [string, string][]]>([
    [
      'reads 未被提起 reconsideration and lawsuits as zero of both',
      '本年度我局未被提起行政复议、行政诉讼。',
      [
        ['recon.received', '未被提起行政复议、行政诉讼'],
        ['litig.cases', '未被提起行政复议、行政诉讼'],
      ],
    ],
    [
      'reads one negation before reconsideration and lawsuits joined by 和 as zero of both',
      '全年无行政复议和行政诉讼案件。',
      [
        ['recon.received', '无行政复议和行政诉讼案件'],
        ['litig.cases', '无行政复议和行政诉讼案件'],
      ],
    ],
    [
      'reads each negated kind in its own clause',
      '本单位未被申请行政复议，未被提起行政诉讼。',
      [
        ['recon.received', '未被申请行政复议'],
        ['litig.cases', '未被提起行政诉讼'],
      ],
    ],
  ])('%s', (_name, sentence, zeros) => {
    const got = extract(sentence).facts.filter((f) => f.value === 0);
    expect(got.map((f) => [f.key, f.text])).toEqual(zeros);
  });

  test('does not read cases that were not lost as no cases', () => {
    const got = extract('全年未发生行政复议或行政诉讼败诉案件。').facts;
    expect(got.map((f) => f.key)).toEqual(['litig.lost']);
  });
});

describe('the words of each item decide its figure', () => {
  test.each<Row>([
    [
      'reads cases withdrawn by the applicant as withdrawn, not received',
      '全年办理行政复议答复案件6件，其中申请人撤回行政复议2件，复议维持3件。',
      [
        ['recon.received', 6, 'exact'],
        ['recon.withdrawn', 2, 'exact'],
        ['recon.upheld', 3, 'exact'],
      ],
    ],
    [
      'reads penalties and inspections among an enforcement body’s figures by kind of action',
      '全年行政许可类310件；行政处罚类85件，罚款金额12.5万元；行政检查类640件。',
      [
        ['enforce.penalties', 85, 'exact'],
        ['enforce.inspections', 640, 'exact'],
      ],
    ],
    [
      'reads certificate holders named as 持证行政执法人员 with 共计',
      '全镇现有持证行政执法人员共计46人。',
      [['enforce.certified_holders', 46, 'exact']],
    ],
    [
      'does not count those who did not sit an exam as exam participants',
      '参加执法考试人员18人，2名未参加执法考试。',
      [['train.exam_participants', 18, 'exact']],
    ],
    [
      'reads the second item after a count-before-noun with its own words only',
      '公布6项重大行政决策事项目录、本级行政许可事项清单312项。',
      [['decision.major_decisions', 6, 'exact']],
    ],
    [
      'lets a verbless clause of documents keep the review verb of the clause before',
      '全年审核规范性文件5份，镇政府招商协议、合同11份。',
      [
        ['decision.legal_reviews', 5, 'exact'],
        ['decision.contract_reviews', 11, 'exact'],
      ],
    ],
    [
      'does not read a reconsideration body’s letters or procurators’ proposals as legal opinions',
      '全年收到检察建议4件、复议意见书3件。',
      [],
    ],
  ])('%s', checkFacts);
});

describe('study named for a general campaign is not law study', () => {
  test.each<Row>([
    [
      'does not count study sessions of a discipline campaign named earlier in the sentence',
      '开展中央八项规定精神学习教育，累计组织集中学习21次，参与干部职工190人次。',
      [],
    ],
    [
      'still counts law study named after the campaign in the same sentence',
      '深入开展党纪学习教育，组织法治专题学习5次。',
      [['train.leader_study', 5, 'exact']],
    ],
    [
      'reads the item after a campaign’s item in a list by its own words',
      '开展主题教育集中学习3次、行政执法人员专题培训4次。',
      [['train.sessions', 4, 'exact']],
    ],
  ])('%s', checkFacts);
});

import { describe, expect, test } from 'vitest';
import { checkFacts, extract, type Row } from './phrasing-support.ts';

// Clause-level readings of decisions, enforcement, cases and disputes (issue 12), in sentences written for
// these tests in the style of the reports, not copied from them.

describe('a list keeps its verb', () => {
  test.each<Row>([
    [
      'reads the second item of a review list with the list’s verb',
      '司法所全年审核采购合同18份、本级规范性文件9份',
      [
        ['decision.contract_reviews', 18, 'exact'],
        ['decision.legal_reviews', 9, 'exact'],
      ],
    ],
    [
      'reads a parenthesised breakdown of reviews item by item',
      '全年完成合法性审核52份（含合同30份、其他文件22份）',
      [
        ['decision.legal_reviews', 52, 'exact'],
        ['decision.contract_reviews', 30, 'exact'],
        ['decision.legal_reviews', 22, 'exact'],
      ],
    ],
    [
      'lets an item after 和 keep the verb of the item before it',
      '收到审查事项20件，其中审查规范性文件6件和重大行政决策3件',
      [
        ['decision.legal_reviews', 20, 'exact'],
        ['decision.legal_reviews', 6, 'exact'],
        ['decision.legal_reviews', 3, 'exact'],
      ],
    ],
    [
      'reads inspections listed after one 检查 as inspections',
      '执法中队检查门店86家次、运输车辆1200辆次',
      [
        ['enforce.inspections', 86, 'exact'],
        ['enforce.inspections', 1200, 'exact'],
      ],
    ],
    [
      'reads items with the head noun of the total before them as its parts',
      '查办行政处罚案件60件，食品安全案件25件、药品案件35件',
      [
        ['enforce.penalties', 60, 'exact'],
        ['enforce.penalties', 25, 'exact'],
        ['enforce.penalties', 35, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('what a review counts', () => {
  test.each<Row>([
    [
      'reads agenda items reviewed as legal reviews',
      '审查党政联席会议议题45项',
      [['decision.legal_reviews', 45, 'exact']],
    ],
    [
      'reads a mixed list with contracts in it as legal reviews',
      '法律顾问参与审查议题、合同、信访答复等工作36件',
      [['decision.legal_reviews', 36, 'exact']],
    ],
    [
      'reads contracts and supplementary agreements as contract reviews',
      '审核合同及补充协议12份',
      [['decision.contract_reviews', 12, 'exact']],
    ],
    [
      'reads contracts filed with the legal office as contract reviews',
      '全年备案合同15件',
      [['decision.contract_reviews', 15, 'exact']],
    ],
    [
      'reads requests for a legal opinion handled as legal reviews',
      '办理征求意见事项25件',
      [['decision.legal_reviews', 25, 'exact']],
    ],
    [
      'reads written review opinions as legal opinions',
      '出具书面审查意见12份',
      [['decision.legal_opinions', 12, 'exact']],
    ],
    [
      'reads opinions counted after the number as legal opinions',
      '对局机关合同进行合法性审查40次，提出7份意见',
      [
        ['decision.contract_reviews', 40, 'exact'],
        ['decision.legal_opinions', 7, 'exact'],
      ],
    ],
    ['leaves the review of enforcement decisions alone unmapped', '开展重大执法决定法制审核19件', []],
    [
      'reads decisions named after the number as major decisions',
      '确定并公布4个重大行政决策事项',
      [['decision.major_decisions', 4, 'exact']],
    ],
    ['does not count steps put into the decision procedure', '把听证、评估等3项程序纳入重大决策流程', []],
    ['does not count facilities named after the number', '建成15个法律援助工作站、120个人民调解室', []],
  ])('%s', checkFacts);
});

describe('enforcement', () => {
  test.each<Row>([
    [
      'reads joint enforcement operations as inspections',
      '与相邻乡镇开展联合执法6次',
      [['enforce.inspections', 6, 'exact']],
    ],
    [
      'reads special enforcement actions as inspections',
      '开展占道经营、违规广告等专项执法行动9次',
      [['enforce.inspections', 9, 'exact']],
    ],
    [
      'does not read kinds of power in a list of powers as penalties',
      '权责清单共列明行政许可6项、行政处罚12项',
      [],
    ],
    [
      'reads a certificate share as the certified rate',
      '执法人员持证比例达98%',
      [['enforce.certified_rate', 98, 'exact']],
    ],
    [
      'reads officers who all hold certificates as holders',
      '全镇8名执法人员全部取得行政执法证',
      [['enforce.certified_holders', 8, 'exact']],
    ],
    [
      'reads holders from the clause after the count',
      '综合执法队现有队员9名，均已取得行政执法证件',
      [['enforce.certified_holders', 9, 'exact']],
    ],
    [
      'reads newly certified officers as newly certified',
      '新增持证人员5名',
      [['train.certified_officers', 5, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('cases, disputes and services', () => {
  test.each<Row>([
    [
      'gives a bare success rate the topic of the count before it',
      '全年调处邻里纠纷38件，成功率达94.7%',
      [
        ['dispute.cases', 38, 'exact'],
        ['dispute.rate', 94.7, 'exact'],
      ],
    ],
    ['reads old petitions resolved as dispute cases', '化解信访积案3件', [['dispute.cases', 3, 'exact']]],
    ['does not read problems solved as disputes', '研究解决矛盾化解等重点问题6项', []],
    [
      'reads 行政复议 before a count as reconsideration cases',
      '涉及本局的行政复议5起',
      [['recon.received', 5, 'exact']],
    ],
    [
      'reads lawsuits by instance',
      '行政诉讼一审3起，二审1起',
      [
        ['litig.cases', 3, 'exact'],
        ['litig.cases', 1, 'exact'],
      ],
    ],
    [
      'reads a lawsuit closed by the verb after it and leaves the pending one',
      '本镇作为被告的行政诉讼案件2件，其中1件已结案，1件尚在审理',
      [
        ['litig.cases', 2, 'exact'],
        ['litig.closed', 1, 'exact'],
      ],
    ],
    [
      'does not count lawsuits won as parts',
      '发生行政诉讼案件4起，其中胜诉3起',
      [['litig.cases', 4, 'exact']],
    ],
    [
      'reads petitions a legal adviser reviewed as reviews, not disputes',
      '法律顾问参与审查合同21份、信访案件4件',
      [
        ['decision.contract_reviews', 21, 'exact'],
        ['decision.legal_reviews', 4, 'exact'],
      ],
    ],
    [
      'does not read suits a law firm argued for clients as lawsuits',
      '法律服务所代理诉讼案件12件，非诉讼案件5件',
      [],
    ],
    ['does not read a daily average as a count', '窗口日均接待法律咨询60人次', []],
    [
      'does not read an adviser’s advice to the town as a public service',
      '法律顾问为镇政府提供法律咨询30次',
      [],
    ],
    [
      'reads consultations by village advisers for residents as a public service',
      '村居法律顾问为群众提供法律咨询300人次',
      [['svc.consultations', 300, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('a stated nothing is a zero', () => {
  test.each<[name: string, sentence: string, key: string, words: string]>([
    [
      'reads no normative document issued as zero',
      '本年度未制定行政规范性文件。',
      'docs.normative',
      '未制定行政规范性文件',
    ],
    [
      'reads 未制定出台 normative documents as zero',
      '2023年，未制定出台规范性文件。',
      'docs.normative',
      '未制定出台规范性文件',
    ],
    [
      'reads no lawsuit at all as zero cases',
      '全年无一起行政诉讼案件。',
      'litig.cases',
      '无一起行政诉讼案件',
    ],
    ['reads no reconsideration case as zero', '全年无行政复议案。', 'recon.received', '无行政复议案'],
    ['reads a plain 无败诉 after lawsuits as none lost', '行政诉讼一审3起，无败诉。', 'litig.lost', '无败诉'],
    ['reads a lost-case rate of a bare 0 as zero', '行政诉讼败诉率为0。', 'litig.lost_rate', '败诉率为0'],
    [
      'reads lawsuits all won as none lost',
      '新增行政诉讼案件2件,均已审结并胜诉。',
      'litig.lost',
      '均已审结并胜诉',
    ],
    [
      'reads no lost case of reconsideration and lawsuits as no lawsuit lost only',
      '全年未发生行政复议、行政应诉败诉案件。',
      'litig.lost',
      '未发生行政复议、行政应诉败诉案件',
    ],
  ])('%s', (_name, sentence, key, words) => {
    const zeros = extract(sentence).facts.filter((f) => f.value === 0);
    expect(zeros.map((f) => [f.key, f.text])).toEqual([[key, words]]);
  });

  test('does not read 无败诉 without lawsuits before it as a zero', () => {
    expect(extract('窗口服务全年无差错、无投诉、无败诉。').facts).toEqual([]);
  });

  test('does not read a record kept over years (至今…零败诉) as this year’s zero', () => {
    expect(extract('自2021年至今保持行政复议零撤改，行政诉讼零败诉。').facts).toEqual([]);
  });
});

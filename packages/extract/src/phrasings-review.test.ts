import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Patterns met in real reports beyond the corpus (issue 12, probes), in sentences written for these tests.

describe('a 对 clause puts the object and the review after the count', () => {
  test.each<Row>([
    [
      'reads documents reviewed after the count as legal reviews',
      '全年对各站所提交的14件文件进行合法性审核',
      [['decision.legal_reviews', 14, 'exact']],
    ],
    [
      'reads contracts reviewed after the count as contract reviews',
      '司法所对9份租赁合同开展审查',
      [['decision.contract_reviews', 9, 'exact']],
    ],
    ['needs the 对 that opens the clause', '报送文件12件进行归档', []],
    ['leaves enforcement cases reviewed after the count alone', '对6件处罚案件进行法制审核', []],
  ])('%s', checkFacts);
});

describe('a rate before the words that name it', () => {
  test.each<Row>([
    [
      'reads 100% before 持证执法 as the certified rate',
      '确保全所执法人员100%持证执法',
      [['enforce.certified_rate', 100, 'exact']],
    ],
    [
      'reads 100% before 出庭应诉 as the head appearance rate',
      '行政机关负责人100%出庭应诉',
      [['litig.head_appearance_rate', 100, 'exact']],
    ],
    ['leaves a rate before other words alone', '群众满意度100%实现', []],
  ])('%s', checkFacts);
});

describe('a gloss in brackets before a figure', () => {
  test.each<Row>([
    [
      'lets the head before the gloss name the figure',
      '行政复议审结40件，其中纠错(含变更、撤销)6件',
      [
        ['recon.closed', 40, 'exact'],
        ['recon.direct_corrections', 6, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('counts that are not what they seem', () => {
  test.each<Row>([
    ['does not read a count per half year as a total', '每半年召开依法治镇专题会议1次', []],
    [
      'reads a total after a frequency in the same clause',
      '坚持每季度研究法治工作，全年共召开法治专题会议4次',
      [['lead.meetings', 4, 'exact']],
    ],
    ['does not read cases settled before acceptance as received', '复议受理前和解案件5件', []],
    [
      'does not count dropped cases as part of the penalties',
      '立案查处违法行为60件(其中简易程序20件，普通程序40件，立案撤销3件)',
      [
        ['enforce.penalties', 60, 'exact'],
        ['enforce.penalties', 20, 'exact'],
        ['enforce.penalties', 40, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Who took part, and figures before their nouns: patterns met in the corpus's train part and the later probes,
// in sentences written for these tests.

describe('who a count of people is', () => {
  test.each<Row>([
    [
      'reads 普法对象 as the reach of publicity',
      '开展普法宣传活动,普法对象3000余人次',
      [['pub.reach', 3000, 'over']],
    ],
    ['reads 以案促学 as training', '开展“以案促学”6次', [['train.sessions', 6, 'exact']]],
    [
      'reads a bare people count after training sessions as its participants',
      '开展法治培训12场次、800余人次',
      [
        ['train.sessions', 12, 'exact'],
        ['train.participants', 800, 'over'],
      ],
    ],
    [
      'reads a bare people count after public events as their reach',
      '开展普法宣传活动50场次、3000余人次',
      [
        ['pub.events', 50, 'exact'],
        ['pub.reach', 3000, 'over'],
      ],
    ],
    ['leaves a bare people count after disputes alone', '调解纠纷12次、30人', []],
  ])('%s', checkFacts);
});

describe('figures before their nouns in a list', () => {
  test.each<Row>([
    [
      'gives each figure the noun after it',
      '开展8次中心组专题学习、1期读书班',
      [
        ['train.leader_study', 8, 'exact'],
        ['train.sessions', 1, 'exact'],
      ],
    ],
    [
      'keeps a purpose after the list for every meeting in it',
      '召开4次党委会、8次党政联席会,研究部署法治政府建设工作',
      [
        ['lead.meetings', 4, 'exact'],
        ['lead.meetings', 8, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('a leadership body that opens the sentence is the subject of its clauses', () => {
  test.each<Row>([
    [
      'reads a lecture the county executive meeting held as leadership study',
      '县政府常务会议先后听取法治政府建设情况汇报8次,协调解决重大问题4次,邀请律师开展法治专题讲座2次',
      [
        ['lead.meetings', 8, 'exact'],
        ['train.leader_study', 2, 'exact'],
      ],
    ],
    [
      'reads talks on law by department heads at the executive meeting as leadership study',
      '区政府常务会议坚持开展双月学法,由各业务部门一把手围绕行政处罚法开展讲法活动6次',
      [['train.leader_study', 6, 'exact']],
    ],
    [
      'does not take a body organised by a verb for the subject',
      '全年组织党组理论学习中心组学法4次,局机关集体学法15场次,实现党员干部学法全覆盖',
      [
        ['train.leader_study', 4, 'exact'],
        ['train.sessions', 15, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('books handed out named by their titles', () => {
  test.each<Row>([
    [
      'reads books handed out as materials',
      '现场发放《民法典》《退役军人保障法》等法律法规200余册',
      [['pub.materials', 200, 'over']],
    ],
    ['leaves books bought alone', '购置法律书籍200余册', []],
  ])('%s', checkFacts);
});

describe('attendance, stated zeros and filing in other words', () => {
  test.each<Row>([
    [
      'leaves the attendance of training alone (参训率 is no exam rate)',
      '组织干部参加法治专题培训1次,参训率达100%,全覆盖完成法治理论考试',
      [['train.sessions', 1, 'exact']],
    ],
    [
      'reads 零败诉 of lawsuits as no lawsuit lost',
      '行政复议零撤改、行政诉讼零败诉',
      [['litig.lost', 0, 'exact']],
    ],
    [
      'reads documents filed with the congress as normative documents',
      '向市政府和区人大备案文件5件,备案部门文件13件',
      [
        ['docs.normative', 5, 'exact'],
        ['docs.normative', 13, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('meetings in a list share the purpose after it', () => {
  test.each<Row>([
    [
      'reads every meeting of a list before its purpose as a meeting',
      '组织召开旗委常委会4次、依法治旗委员会会议1次、政府党组会5次,专题听取全旗法治政府建设工作汇报',
      [
        ['lead.meetings', 4, 'exact'],
        ['lead.meetings', 1, 'exact'],
        ['lead.meetings', 5, 'exact'],
      ],
    ],
    [
      'reads a meeting with its purpose right after it',
      '召开党组会议4次专题研究法治建设重点工作',
      [['lead.meetings', 4, 'exact']],
    ],
    [
      'reads study of a meeting’s spirit as study, not a meeting',
      '全年集中学习习近平法治思想、法治工作会议精神等9次',
      [['train.leader_study', 9, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('study and training that are not the unit’s own', () => {
  test.each<Row>([
    ['leaves classes for 法律明白人 alone', '2024年对法律明白人开展线上线下培训2次', []],
    ['leaves cadres sitting in on a trial alone', '累计组织167名领导干部参加旁听庭审', []],
    ['leaves a standalone 研讨 of the 中心组 alone', '召开局党组会议22次,理论学习中心组专题研讨9次', []],
    ['leaves political rotation classes alone', '举办全市系统政治轮训班,累计举办19期', []],
    ['leaves performances licensed alone', '网上批准营业性演出1场', []],
    [
      'reads the sitters right after an exam count as sitters',
      '组织新提拔领导干部任前考法7批次161人',
      [['train.exam_participants', 161, 'exact']],
    ],
    [
      'reads 一 after the noun it counts as one',
      '举办法治专题培训两期,法治讲座一期。',
      [
        ['train.sessions', 2, 'exact'],
        ['train.sessions', 1, 'exact'],
      ],
    ],
    ['leaves 一次 before a noun as wording', '召开一次会议,开展一次专项行动。', []],
    [
      'leaves one count over several kinds of legal help alone',
      '为市政府出具法律意见、参与法律活动、提供法律依据等80余次',
      [],
    ],
  ])('%s', checkFacts);
});

describe('talks at the body’s meeting, petitions solved, fairs and lawyers', () => {
  test.each<Row>([
    [
      'reads talks by department heads at the executive meeting as leadership study',
      '全年区政府常务会议部门主要负责人讲法4次',
      [['train.leader_study', 4, 'exact']],
    ],
    ['reads 专题研学 as study', '全年共开展专题研学2次', [['train.leader_study', 2, 'exact']]],
    [
      'reads legal questions solved on the spot as disputes',
      '现场解决涉法问题23件',
      [['dispute.cases', 23, 'exact']],
    ],
    ['reads 法律赶大集 as publicity events', '开展“法律赶大集”活动28场', [['pub.events', 28, 'exact']]],
    ['leaves lawyers sent to training alone', '选送25名律师赴英国伦敦研学、参加各类涉外法治培训', []],
  ])('%s', checkFacts);
});

describe('a list keeps the staff it names', () => {
  test.each<Row>([
    [
      'reads 会前学法 in a list of staff study as staff study',
      '组织乡机关全体干部职工学法培训6次、会前学法12次',
      [
        ['train.sessions', 6, 'exact'],
        ['train.sessions', 12, 'exact'],
      ],
    ],
    [
      'reads 会前学法 in a list of the leadership body’s study as its study',
      '组织党委中心组学习4次、会前学法12次',
      [
        ['train.leader_study', 4, 'exact'],
        ['train.leader_study', 12, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('the people a publicity explanation reached', () => {
  test.each<Row>([
    [
      'reads people reached by explanations on site in a publicity sentence as reach',
      '共发放宣传手册200份,现场知识讲解58人次',
      [
        ['pub.materials', 200, 'exact'],
        ['pub.reach', 58, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Readings the ninth pass asked for: whole excerpts of pages outside the corpus (corpus/dev: city bodies, county
// departments and governments), in sentences written for these tests in the style of the reports, not copied
// from them. The report year of these sentences is 2023.

describe('normative documents reviewed and filed', () => {
  test.each<Row>([
    [
      'reads documents reviewed and filed (审查备案) as filed documents',
      '全年审查备案行政规范性文件31件。',
      [['docs.normative', 31, 'exact']],
    ],
    [
      'reads 审查和备案 the same way, and a reviewed part after 其中 as reviews',
      '审查和备案规范性文件40件，其中审查县级规范性文件12件。',
      [
        ['docs.normative', 40, 'exact'],
        ['decision.legal_reviews', 12, 'exact'],
      ],
    ],
    [
      'reads the filing named after the documents (N件规范性文件审查备案)',
      '完成15件行政规范性文件审查备案。',
      [['docs.normative', 15, 'exact']],
    ],
    [
      'reads a review of a list of objects ending in 等 as one count of reviews',
      '审查会议纪要、合作协议、工作方案等行政决策126件。',
      [['decision.legal_reviews', 126, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('exams and the people who sat them', () => {
  test.each<Row>([
    [
      'reads people who carried out a test (N名干部开展…测试) as exam participants',
      '组织全县800余名在编干部开展法律知识测试。',
      [['train.exam_participants', 800, 'over']],
    ],
    [
      'reads 考法 after the people as an exam of law',
      '组织全局45名干部职工参与全市学法考法，通过率达100%。',
      [
        ['train.exam_participants', 45, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'does not read an exam on integrity (廉政考试) as a law exam',
      '组织12名科级干部参加法律法规考试、20名科级干部参加廉政考试。',
      [['train.exam_participants', 12, 'exact']],
    ],
    [
      'reads people listed with a comma as sharing what the last item did',
      '2023年3名局管干部,8名公务员参加了学法用法考试。',
      [
        ['train.exam_participants', 3, 'exact'],
        ['train.exam_participants', 8, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('training split into classes', () => {
  test.each<Row>([
    [
      'reads the people split into classes as participants and the classes as sessions',
      '举办执法能力提升轮训班，全大队300余名队员分4期系统学习了行政处罚法。',
      [
        ['train.participants', 300, 'over'],
        ['train.sessions', 4, 'exact'],
      ],
    ],
    [
      'does not read residents split into groups as trained staff',
      '200余名居民分3批参观了法治文化公园。',
      [],
    ],
  ])('%s', checkFacts);
});

describe('holders, lawsuits and hearings', () => {
  test.each<Row>([
    [
      'reads officers who hold the card, named before their count, as holders',
      '目前，我局持有“行政执法证”的在职人员23人。',
      [['enforce.certified_holders', 23, 'exact']],
    ],
    [
      'reads the unit’s legal adviser representing it as its own lawsuits, with first and second instance',
      '法律顾问代理行政诉讼案件9件，一审案件6件、二审案件3件。',
      [
        ['litig.cases', 9, 'exact'],
        ['litig.cases', 6, 'exact'],
        ['litig.cases', 3, 'exact'],
      ],
    ],
    [
      'does not read lawyers representing clients as the unit’s lawsuits',
      '指派律师代理行政诉讼案件5件。',
      [],
    ],
    [
      'reads a hearing on rule of law named by its topic alone as a meeting',
      '县政府常务会议会前学法6次，专题听取法治政府建设3次。',
      [
        ['train.leader_study', 6, 'exact'],
        ['lead.meetings', 3, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('villages named for their title', () => {
  test.each<Row>([
    [
      'reads villages counted before their level and title',
      '成功创建3个省级民主法治示范村。',
      [['demo.villages', 3, 'exact']],
    ],
    [
      'reads each level of a list of levels before the title',
      '全县现有2个国家级、15个省级、60个市级民主法治示范村(社区)。',
      [
        ['demo.villages', 2, 'exact'],
        ['demo.villages', 15, 'exact'],
        ['demo.villages', 60, 'exact'],
      ],
    ],
    [
      'reads villages that won the title',
      '全镇18个村中，4个村获评市级民主法治示范村。',
      [['demo.villages', 4, 'exact']],
    ],
    ['does not read villages counted for another reason', '全镇共有12个村，建成3个村级调解室。', []],
  ])('%s', checkFacts);
});

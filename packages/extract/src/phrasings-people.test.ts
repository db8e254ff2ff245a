import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Phrasings written for the patterns the real-report probes showed (corpus/probes): who takes part, what
// exam, which topic and how often; examples written here, not copied from the probe sentences.

describe('people and frequencies in training', () => {
  test.each<Row>([
    [
      'does not read 市民 in a city name followed by 民办 or 民政 as the public',
      '组织参加滨海市民办学校管理人员依法治校等培训3次',
      [['train.sessions', 3, 'exact']],
    ],
    [
      'reads training run by a city civil-affairs bureau as staff training',
      '参加东川市民政局组织的社会救助法治培训2期',
      [['train.sessions', 2, 'exact']],
    ],
    [
      'does not count those sitting a qualification exam as study-exam participants',
      '全年开展业务培训4次，组织6名同志参加行政执法资格考试',
      [['train.sessions', 4, 'exact']],
    ],
    [
      'still counts those sitting a study exam after a training count',
      '全年开展业务培训4次，组织60名干部参加法治理论考试',
      [
        ['train.sessions', 4, 'exact'],
        ['train.exam_participants', 60, 'exact'],
      ],
    ],
    [
      'reads a frequency with words between 每半年 and the count as no figure',
      '每半年开展1次执法人员专题培训',
      [],
    ],
    ['reads a frequency after 每季度至少 as no figure', '每季度至少组织1次集中学法', []],
    [
      'reads the reach of a political-campaign training named in the sentence before as no figure',
      '邀请党校教师开展二十大精神宣讲培训会。培训采取线上线下结合方式，覆盖机关干部300余人。',
      [],
    ],
    [
      'keeps the reach of a law training named in the sentence before',
      '邀请律师开展民法典专题培训会。培训采取线上线下结合方式，覆盖机关干部300余人。',
      [['train.participants', 300, 'over']],
    ],
    [
      'reads study of cadres organised through several channels including the 中心组 as staff training',
      '通过周例会、党组理论学习中心组学习会等方式，组织全体干部职工学习《行政处罚法》。全年共学习8次。',
      [['train.sessions', 8, 'exact']],
    ],
    [
      'reads study of a list of groups organised to study as staff training',
      '将民法典纳入党委理论学习中心组学习内容，组织党员、干部开展系统学习，全年共开展专题学习6次',
      [['train.sessions', 6, 'exact']],
    ],
    [
      'keeps the audience of a list for its later items',
      '围绕理论学习重点内容，面向党员干部开展专题培训班5期、举办民法典专题讲座1期。镇里还开展普法宣传进村活动',
      [
        ['train.sessions', 5, 'exact'],
        ['train.sessions', 1, 'exact'],
      ],
    ],
    [
      'reads study the whole bureau takes part in as staff training',
      '理论学习中心组以《宪法》为专题集体研读。全局开展网上学法、专家讲座等活动，深入学习法律法规40余次',
      [['train.sessions', 40, 'over']],
    ],
    [
      'reads no fact from one count over the 中心组’s study and staff training (catalog README)',
      '全年开展中心组理论学习和各类法治培训5次',
      [],
    ],
    [
      'keeps study that names the 中心组 and cadres side by side as leader study',
      '将习近平法治思想纳入中心组学习和干部教育培训内容，全年开展专题学习5次',
      [['train.leader_study', 5, 'exact']],
    ],
  ])('%s', checkFacts);
});

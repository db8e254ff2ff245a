import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Who does what for whom: the subject and the audience of a clause decide between leadership study, staff
// training and public events. Sentences written for these tests in the style of real reports.

describe('the subject and the audience decide the training key', () => {
  test.each<Row>([
    ['reads study at a 党校 as staff training', '街道党校开展学习3场次', [['train.sessions', 3, 'exact']]],
    [
      'reads a class taught at a school as a public event',
      '走进中学开展法治授课2场次',
      [['pub.events', 2, 'exact']],
    ],
    [
      'reads lectures given by volunteers in villages and schools as public events',
      '组建普法志愿者、法律明白人等队伍进社区、进学校开展专题讲座20场',
      [['pub.events', 20, 'exact']],
    ],
    [
      'takes the subject from the clause that frames the count',
      '建立机关干部周学法制度，全年共组织学法8次',
      [['train.sessions', 8, 'exact']],
    ],
    [
      'takes the audience from the coverage clause after the count',
      '全年开展法治专题学习6场次，覆盖村社干部150余人',
      [
        ['train.sessions', 6, 'exact'],
        ['train.participants', 150, 'over'],
      ],
    ],
    [
      'takes the audience from a purpose clause after the count',
      '依托“周五学习日”等平台，开展8次集中学法活动，进一步提升干部依法办事能力',
      [['train.sessions', 8, 'exact']],
    ],
    [
      'takes the subject from the sentence before when the count names none',
      '班子成员和全体干部认真学习《民法典》等法律法规。全年组织各类学习12场次。',
      [['train.sessions', 12, 'exact']],
    ],
    [
      'reads a lecture attended by the leadership body as leader study',
      '将习近平法治思想纳入镇党委理论学习中心组学习计划，全年组织专题讲座3次',
      [['train.leader_study', 3, 'exact']],
    ],
    [
      'keeps a lecture in a list after the leadership items as staff training',
      '组织党委会会前学法6次，举办法治专题讲座4场',
      [
        ['train.leader_study', 6, 'exact'],
        ['train.sessions', 4, 'exact'],
      ],
    ],
    [
      'reads study where the 中心组 and the cadres share one programme as leader study',
      '将其纳入中心组学习和干部教育培训计划，全年开展专题学习5次',
      [['train.leader_study', 5, 'exact']],
    ],
    [
      'reads study of cadres under the 中心组 plan as leader study',
      '按照镇理论学习中心组年度学习计划，共组织干部集中学法6次',
      [['train.leader_study', 6, 'exact']],
    ],
    [
      'reads 会前学法 of departments as leader study',
      '全县各级各部门会前学法120场次',
      [['train.leader_study', 120, 'exact']],
    ],
    [
      'reads 会前学法 of cadres as staff training',
      '建立村干部会前学法制度，组织学习《信访工作条例》等法规7次',
      [['train.sessions', 7, 'exact']],
    ],
    [
      'reads a 夜校 with cadres reached as staff training',
      '开办“法治夜校”10期，累计培训青年干部400余人次',
      [
        ['train.sessions', 10, 'exact'],
        ['train.participants', 400, 'over'],
      ],
    ],
    [
      'reads a 课堂 held in villages as a public event',
      '在3个行政村开展“法治小课堂”9次',
      [['pub.events', 9, 'exact']],
    ],
    [
      'reads a leader teaching a law class as staff training',
      '镇党委书记为全体党员讲授法治课2次',
      [['train.sessions', 2, 'exact']],
    ],
    [
      'reads a publicity talk that reached police officers as their training',
      '开展“以案释法”研讨活动5场，覆盖民警300余人次',
      [
        ['train.sessions', 5, 'exact'],
        ['train.participants', 300, 'over'],
      ],
    ],
    [
      'does not take a law named after a group for the public',
      '组织未成年人保护法等法律法规培训2场次，参训人员覆盖全局干部职工',
      [['train.sessions', 2, 'exact']],
    ],
  ])('%s', checkFacts);
});

import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Lists, heads of events and the words around a number. Sentences written for these tests in the style of
// real reports.

describe('lists share their verb and the head of a phrase decides what is counted', () => {
  test.each<Row>([
    [
      'gives each item of a 各 list its own fact',
      '召开法治建设专题会议、办公室会议各2次',
      [
        ['lead.meetings', 2, 'exact'],
        ['lead.meetings', 2, 'exact'],
      ],
    ],
    [
      'takes a 各 list after its verb, not the places before it',
      '在宪法日、宪法宣传周开展了宪法、民法典宣传宣讲各1场次',
      [
        ['pub.events', 1, 'exact'],
        ['pub.events', 1, 'exact'],
      ],
    ],
    [
      'reads an event whose head follows the measure word',
      '上好96场法治课，开展“法律进庙会”活动15场',
      [
        ['train.sessions', 96, 'exact'],
        ['pub.events', 15, 'exact'],
      ],
    ],
    [
      'reads a bare 活动 as an event when the public took part',
      '全年开展活动30余场，惠及企业和群众2万余人',
      [
        ['pub.events', 30, 'over'],
        ['pub.reach', 20000, 'over'],
      ],
    ],
    ['does not read a bare 活动 with nobody named', '全年开展活动30余场', []],
    [
      'does not read plenary sessions as counts',
      '认真贯彻落实省委十二届五次、六次全会精神，开展普法宣传活动12场',
      [['pub.events', 12, 'exact']],
    ],
    [
      'does not read study of a party campaign as study of law',
      '开展党纪学习教育读书班3次、法治专题讲座2次',
      [['train.sessions', 2, 'exact']],
    ],
    [
      'does not give the next item’s words to a figure before 、',
      '开展主题教育集中学习4次、执法人员专题培训5次',
      [['train.sessions', 5, 'exact']],
    ],
    [
      'reads a lecture by invitation after the count',
      '先后3次邀请律师为各部门负责同志作依法行政专题报告',
      [['train.sessions', 3, 'exact']],
    ],
    [
      'reads a figure after titles that contain numbers',
      '党组理论学习中心组学习《关于加强八项规定的实施细则》《政府督查工作条例》等法律法规8次',
      [['train.leader_study', 8, 'exact']],
    ],
    [
      'reads the reach of public events from their participants',
      '开展法治宣讲活动35场，累计参与学习3000人次',
      [
        ['pub.events', 35, 'exact'],
        ['pub.reach', 3000, 'exact'],
      ],
    ],
    [
      'reads a people count whose measure word stands before the number',
      '开展普法直播20场，观看人次超150万',
      [
        ['pub.events', 20, 'exact'],
        ['pub.reach', 1500000, 'over'],
      ],
    ],
    [
      'reads training participants with a long name of the course',
      '组织15名执法人员参加全市提升行政执法质量专题线上培训',
      [['train.participants', 15, 'exact']],
    ],
    [
      'leaves one count over items of different keys unread',
      '全年开展法治专题学习、专题培训、普法宣传、干部轮训80余场',
      [],
    ],
    [
      'reads one kind of event after a list of the forms it took',
      '采取现场教学、学习交流、网上答题等形式开展干部职工普法学习教育9次',
      [['train.sessions', 9, 'exact']],
    ],
    ['does not read branch theory study as study of law', '机关各支部理论学习40余次', []],
  ])('%s', checkFacts);
});

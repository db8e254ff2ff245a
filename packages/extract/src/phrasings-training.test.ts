import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Phrasings written from the spec alone (not from the seed reports), to measure how the engine generalises.

describe('training: leader study, staff training, exams', () => {
  test.each<Row>([
    [
      'counts 党委理论学习中心组 专题学习 as leader study',
      '镇党委理论学习中心组开展习近平法治思想专题学习2次',
      [['train.leader_study', 2, 'exact']],
    ],
    [
      'counts 常务会议会前学法 as leader study',
      '全年开展政府常务会议会前学法10次',
      [['train.leader_study', 10, 'exact']],
    ],
    [
      'counts 领导班子集体学法 as leader study',
      '镇领导班子全年集体学法6次',
      [['train.leader_study', 6, 'exact']],
    ],
    [
      'counts “第一议题” study as leader study and not the ordinal',
      '通过“第一议题”学习习近平法治思想8次',
      [['train.leader_study', 8, 'exact']],
    ],
    [
      'counts a bare 集中学法 without a named subject as leader study',
      '全年开展集中学法5次',
      [['train.leader_study', 5, 'exact']],
    ],
    [
      'counts 集中学法 of 全镇干部 as staff training',
      '组织全镇干部开展集中学法5次',
      [['train.sessions', 5, 'exact']],
    ],
    [
      'counts 周例会学法 of all cadres as staff training',
      '利用周例会组织全体干部学法12次',
      [['train.sessions', 12, 'exact']],
    ],
    [
      'counts 法治专题讲座 in 场 as staff training',
      '邀请律师为镇村干部举办法治专题讲座3场',
      [['train.sessions', 3, 'exact']],
    ],
    [
      'counts 培训班 in 期 as staff training',
      '举办行政执法人员法治培训班2期',
      [['train.sessions', 2, 'exact']],
    ],
    ['counts 读书班 as staff training', '组织干部职工参加法治读书班4次', [['train.sessions', 4, 'exact']]],
    [
      'counts 法治党课 as staff training',
      '镇党委书记为全体党员干部讲授法治党课2次',
      [['train.sessions', 2, 'exact']],
    ],
    [
      'tells leader study from staff training in one sentence by the subject',
      '党委理论学习中心组学法4次，组织执法人员参加线上“行政执法大讲堂”培训27次',
      [
        ['train.leader_study', 4, 'exact'],
        ['train.sessions', 27, 'exact'],
      ],
    ],
    [
      'reads training reach in 人 and ignores 两级',
      '开展法治培训，覆盖镇村两级干部300余人',
      [['train.participants', 300, 'over']],
    ],
    [
      'reads exam participants in 名',
      '组织116名在编干部参加法治理论考试',
      [['train.exam_participants', 116, 'exact']],
    ],
    [
      'reads exam participants of an online test',
      '组织200余名工作人员参加学法用法网上测试',
      [['train.exam_participants', 200, 'over']],
    ],
    [
      'reads newly certified officers',
      '鼓励5名年轻干部考取行政执法证',
      [['train.certified_officers', 5, 'exact']],
    ],
    [
      'gives 参考率、合格率均达100% to both exam rates',
      '年度学法考试参考率、合格率均达100%',
      [
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'reads lecture forums, seminar classes and party-school classes for cadres as training',
      '全年举办“清风讲坛”3场、书记论坛2次，开展法治专题研讨班4期，将宪法纳入党校主体班次6期',
      [
        ['train.sessions', 3, 'exact'],
        ['train.sessions', 2, 'exact'],
        ['train.sessions', 4, 'exact'],
        ['train.sessions', 6, 'exact'],
      ],
    ],
    [
      'keeps the exam a count names itself after a training count',
      '全年开展各类培训学习4次，组织干部职工参加法治理论考试18人',
      [
        ['train.sessions', 4, 'exact'],
        ['train.exam_participants', 18, 'exact'],
      ],
    ],
    [
      'reads a preliminary legality review of documents',
      '行政规范性文件初审3件，对2件重大行政决策开展合法性初审',
      [
        ['decision.legal_reviews', 3, 'exact'],
        ['decision.legal_reviews', 2, 'exact'],
      ],
    ],
    [
      'reads talks heard by tens of thousands as publicity',
      '围绕民法典开展线上线下法治讲座36场，受众4万余人',
      [
        ['pub.events', 36, 'exact'],
        ['pub.reach', 40000, 'over'],
      ],
    ],
    [
      'keeps talks for cadres as training however many took part',
      '开展法治讲座12场，覆盖全县干部1.2万人次',
      [
        ['train.sessions', 12, 'exact'],
        ['train.participants', 12000, 'exact'],
      ],
    ],
    [
      'reads exam words 抽考 and 学考 with their rates and sitters',
      '组织全镇443名国家工作人员参加网上学考；法治理论抽考，参考率、合格率均达100%',
      [
        ['train.exam_participants', 443, 'exact'],
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'reads the pass rate of “双100%” beside a rate with no key',
      '实现公职人员学法覆盖率、合格率“双100%”',
      [['train.exam_pass_rate', 100, 'exact']],
    ],
    [
      'reads both rates of “双100%”',
      '年度法治理论考试参考率、合格率实现“双100%”',
      [
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'reads a total in people after a count of sittings by the words before the count',
      '组织新提任领导干部任前法律知识考试4次共97人',
      [['train.exam_participants', 97, 'exact']],
    ],
    [
      'reads the sitters of a 普法考 and consultations counted in 起',
      '全区17468名公职人员参加年度普法考。接受群众法律咨询500余起',
      [
        ['train.exam_participants', 17468, 'exact'],
        ['svc.consultations', 500, 'over'],
      ],
    ],
    [
      'reads a pass by so many learners in words as a pass rate',
      '完成在线学法考试平台学习任务，全镇39名学员全部通过考试',
      [
        ['train.exam_participants', 39, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'reads no study of its own in the study it leads other bodies to',
      '全年累计开展常务会议学法12次，引领带动政府各部门学法300余次',
      [['train.leader_study', 12, 'exact']],
    ],
    ['reads no disclosure in articles for the media', '在公众号及有关媒体发布信息稿件40余篇', []],
    [
      'keeps the rates of two exams that are worded alike',
      '组织领导干部参加法治理论抽考，参考率、合格率均达100%；组织全局干部职工参加网络学习考试，参考率、合格率均达100%',
      [
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'reads a law brought into the party school as training',
      '全年开展统计法进党校活动2次',
      [['train.sessions', 2, 'exact']],
    ],
    ['reads 以案述法 as training', '组织机关干部开展“以案述法”2场次', [['train.sessions', 2, 'exact']]],
    [
      'reads cadres watching law films as training, and who took part after it',
      '组织机关干部观看法治专题片6次，参加人数达200余人',
      [
        ['train.sessions', 6, 'exact'],
        ['train.participants', 200, 'over'],
      ],
    ],
    ['reads a 院坝会 for villagers as publicity', '在各村召开院坝会15场', [['pub.events', 15, 'exact']]],
    [
      'reads an exam named right before the people who sat it',
      '组织新入职公务员开展学法抽考120余人次',
      [['train.exam_participants', 120, 'over']],
    ],
    [
      'reads a lecture the county runs as training, not as the 中心组 study framing it',
      '将民法典纳入县委理论学习中心组学习，县委、县政府举办民法典专题讲座3场',
      [['train.sessions', 3, 'exact']],
    ],
    [
      'keeps two items of one sentence that end in the same words',
      '举办民法典专题讲座2场、行政诉讼法专题讲座2场',
      [
        ['train.sessions', 2, 'exact'],
        ['train.sessions', 2, 'exact'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('disputes, publicity and legal services', () => {
  test.each<Row>([
    ['reads 调处 in 件 as dispute cases', '全年共调处各类矛盾纠纷46件', [['dispute.cases', 46, 'exact']]],
    [
      'reads 排查化解 in 起 as dispute cases',
      '累计排查化解邻里、婚姻家庭等矛盾纠纷22起',
      [['dispute.cases', 22, 'exact']],
    ],
    [
      'reads received, resolved and success rate from one sentence',
      '镇人民调解委员会受理矛盾纠纷36件，调解成功35件，调解成功率97.2%',
      [
        ['dispute.cases', 36, 'exact'],
        ['dispute.resolved', 35, 'exact'],
        ['dispute.rate', 97.2, 'exact'],
      ],
    ],
    ['reads a bare 调处率 as the dispute rate', '矛盾纠纷调处率达95%', [['dispute.rate', 95, 'exact']]],
    [
      'keeps only 调解成功率 when 调解率 is also given',
      '矛盾纠纷调解率100%，调解成功率98%',
      [['dispute.rate', 98, 'exact']],
    ],
    [
      'reads a publicity campaign and ignores 万 inside its slogan',
      '开展“宪法进万家”普法宣传活动15次',
      [['pub.events', 15, 'exact']],
    ],
    ['reads publicity events in 场次', '开展法治宣传“六进”活动32场次', [['pub.events', 32, 'exact']]],
    ['reads publicity events in 场', '组织普法文艺下乡演出8场', [['pub.events', 8, 'exact']]],
    [
      'reads 专题宣传 around a festival date without the date',
      '围绕“4.15”全民国家安全教育日开展专题宣传6次',
      [['pub.events', 6, 'exact']],
    ],
    ['reads 受教群众 in 人 as reach', '现场受教群众5000余人', [['pub.reach', 5000, 'over']]],
    ['reads 印发 materials in 份', '印发各类普法宣传材料8000余份', [['pub.materials', 8000, 'over']]],
    ['reads 发放 materials in 份', '发放宣传折页、手册等资料2600份', [['pub.materials', 2600, 'exact']]],
    ['reads legal consultations in 人次', '全年提供法律咨询800余人次', [['svc.consultations', 800, 'over']]],
    ['reads legal aid cases in 件', '办理法律援助案件12件', [['svc.legal_aid', 12, 'exact']]],
    ['reads legal aid in 人次', '为农民工提供法律援助50余人次', [['svc.legal_aid', 50, 'over']]],
  ])('%s', checkFacts);
});

describe('a class named after its count', () => {
  test.each<Row>([
    [
      'reads 研讨班 after the count as training',
      '举办2期全区领导干部依法行政专题研讨班',
      [['train.sessions', 2, 'exact']],
    ],
    ['leaves a class on a campaign that is not law alone', '举办2期党的二十大精神专题研讨班', []],
  ])('%s', checkFacts);
});

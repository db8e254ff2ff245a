import { describe, expect, test } from 'vitest';
import { checkFacts, extract, type Row } from './phrasing-support.ts';

// Exams and certification: rates stated together or in words, who sat an exam, who was newly certified.
// Sentences written for these tests in the style of real reports.

describe('exam rates, exam participants and certified officers', () => {
  test.each<Row>([
    [
      'gives two rates side by side one figure without 均',
      '机关干部年度学法考试参考率、及格率保持100%',
      [
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'gives two rates joined by 和 one figure',
      '法治理论考试参考率和合格率达到100%',
      [
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    [
      'gives each rate of a 分别 list its own figure',
      '学法考试参考率、合格率分别为98%、96%',
      [
        ['train.exam_participation_rate', 98, 'exact'],
        ['train.exam_pass_rate', 96, 'exact'],
      ],
    ],
    [
      'reads 双百 as both rates at 100',
      '全镇干部参加普法考试，参考率和及格率实现“双百”',
      [
        ['train.exam_participation_rate', 100, 'exact'],
        ['train.exam_pass_rate', 100, 'exact'],
      ],
    ],
    ['reads a floor as a target, not a result', '确保全系统参考率、合格率不低于95%', []],
    [
      'reads exam participants when a year stands inside the phrase',
      '组织街道88名干部参加2024年度法治理论考试',
      [['train.exam_participants', 88, 'exact']],
    ],
    [
      'reads exam participants of a test they took (进行)',
      '组织全系统3000余名教职工进行法治理论水平测试',
      [['train.exam_participants', 3000, 'over']],
    ],
    [
      'gives the second group of a list the list’s verb',
      '全县210名科级干部和近千名一般干部参加法治理论考试',
      [
        ['train.exam_participants', 210, 'exact'],
        ['train.exam_participants', 1000, 'near'],
      ],
    ],
    [
      'does not count those who should have sat the exam',
      '应参加考试人员为40人，实际参加考试人数为40人',
      [['train.exam_participants', 40, 'exact']],
    ],
    [
      'reads participants after an exam count as exam participants',
      '全年开展法律知识测试3次，参与镇村干部150余人次',
      [['train.exam_participants', 150, 'over']],
    ],
    [
      'lets a clause opening with 并 go on with the same people',
      '组织80余名工作人员登录学法平台学习，并全部通过考试',
      [['train.exam_participants', 80, 'over']],
    ],
    ['reads 新增持证人员 as newly certified', '新增持证人员5名', [['train.certified_officers', 5, 'exact']]],
    [
      'reads passing the enforcement exam as newly certified',
      '组织9名在编干部通过行政执法培训及考试',
      [['train.certified_officers', 9, 'exact']],
    ],
    [
      'reads officers who all hold a certificate as holders, not newly certified',
      '全镇6名执法人员全部取得行政执法证',
      [['enforce.certified_holders', 6, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('a pass stated in words', () => {
  test.each([
    ['组织全体干部参加法律知识考试，所有参考人员成绩均达到合格', '所有参考人员成绩均达到合格'],
    ['组织全员参加学法考试，全体参加考试的干部均合格', '全体参加考试的干部均合格'],
  ])('reads %s as a pass rate of 100', (sentence, evidence) => {
    const facts = extract(sentence).facts.map((f) => [f.key, f.value, f.text]);
    expect(facts).toEqual([['train.exam_pass_rate', 100, evidence]]);
  });

  test('does not add a pass in words where the pass rate is a figure', () => {
    const facts = extract('组织干部参加法治考试，合格率100%，所有参考人员均合格').facts;
    expect(facts.map((f) => [f.key, f.value])).toEqual([['train.exam_pass_rate', 100]]);
  });
});

import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Phrasings written from the spec alone (not from the seed reports), to measure how the engine generalises.

describe('numbers', () => {
  test.each<Row>([
    [
      'reads plain Arabic digits: 12次 as 12',
      '今年以来，镇司法所开展普法宣传活动12次',
      [['pub.events', 12, 'exact']],
    ],
    ['reads full-width digits: １２次 as 12', '全年开展普法宣传活动１２次', [['pub.events', 12, 'exact']]],
    [
      'reads full-width digits and percent sign: １００％ as 100',
      '全镇执法人员持证率达１００％',
      [['enforce.certified_rate', 100, 'exact']],
    ],
    [
      'reads a thousands separator: 1,200人次 as 1200',
      '全年为群众提供法律咨询1,200人次',
      [['svc.consultations', 1200, 'exact']],
    ],
    [
      'reads a thousands separator: 10,751次 as 10751',
      '全年开展行政检查10,751次',
      [['enforce.inspections', 10751, 'exact']],
    ],
    ['reads 1.5万余份 as 15000, over', '印发各类宣传材料1.5万余份', [['pub.materials', 15000, 'over']]],
    [
      'reads 2万余人次 as 20000, over',
      '开展送法进村活动，受教育群众2万余人次',
      [['pub.reach', 20000, 'over']],
    ],
    ['reads 3千余份 as 3000, over', '发放法律宣传资料3千余份', [['pub.materials', 3000, 'over']]],
    ['reads 1.2万人次 as 12000, exact', '普法宣传覆盖群众1.2万人次', [['pub.reach', 12000, 'exact']]],
    ['reads 两万余人次 as 20000, over', '各类普法活动覆盖群众两万余人次', [['pub.reach', 20000, 'over']]],
    [
      'reads 十余次 as 10, over',
      '党委理论学习中心组开展法治专题学习十余次',
      [['train.leader_study', 10, 'over']],
    ],
    ['reads 近千名 as 1000, near', '为辖区近千名群众提供法律咨询', [['svc.consultations', 1000, 'near']]],
    ['reads 千余份 as 1000, over', '发放《民法典》宣传资料千余份', [['pub.materials', 1000, 'over']]],
    ['reads 二十一个 as 21', '全县累计创建民主法治示范村（社区）二十一个', [['demo.villages', 21, 'exact']]],
    ['reads 三十余场 as 30, over', '开展法治宣传“六进”活动三十余场', [['pub.events', 30, 'over']]],
    ['reads 一百二十次 as 120', '全年开展行政执法检查一百二十次', [['enforce.inspections', 120, 'exact']]],
    ['reads 两次 as 2', '全年开展行政执法案卷评查两次', [['enforce.case_reviews', 2, 'exact']]],
    ['reads 二十多次 as 20, over', '组织干部职工参加法治培训二十多次', [['train.sessions', 20, 'over']]],
    [
      'reads 百分之九十五 as 95',
      '全镇干部参加学法考试，合格率达百分之九十五',
      [['train.exam_pass_rate', 95, 'exact']],
    ],
    [
      'reads 百分之百 as 100',
      '行政机关负责人出庭应诉率达到百分之百',
      [['litig.head_appearance_rate', 100, 'exact']],
    ],
    [
      'reads a decimal rate: 99.14% as 99.14',
      '年度学法考试参考率达99.14%',
      [['train.exam_participation_rate', 99.14, 'exact']],
    ],
    [
      'reads a number separated from its measure word: 12 件',
      '年内调处矛盾纠纷12 件',
      [['dispute.cases', 12, 'exact']],
    ],
    [
      'reads a rate separated from its verb: 达 100%',
      '全镇执法人员持证率达 100%',
      [['enforce.certified_rate', 100, 'exact']],
    ],
    ['reads 100余次 as 100, over', '举办普法文化活动100余次', [['pub.events', 100, 'over']]],
    ['reads 20多次 as 20, over', '开展普法宣传活动20多次', [['pub.events', 20, 'over']]],
    ['reads 5000份以上 as 5000, over', '发放宣传资料5000份以上', [['pub.materials', 5000, 'over']]],
    [
      'reads 五百人次以上 as 500, over',
      '法治培训覆盖干部职工五百人次以上',
      [['train.participants', 500, 'over']],
    ],
    [
      'reads 超过300人次 as 300, over',
      '全年接待群众法律咨询超过300人次',
      [['svc.consultations', 300, 'over']],
    ],
    ['reads 约2000份 as 2000, about', '发放法律宣传资料约2000份', [['pub.materials', 2000, 'about']]],
    ['reads 3000人次左右 as 3000, about', '受教育群众3000人次左右', [['pub.reach', 3000, 'about']]],
    ['reads 近百件 as 100, near', '排查化解各类矛盾纠纷近百件', [['dispute.cases', 100, 'near']]],
    ['reads 将近40人次 as 40, near', '为困难群众提供法律援助将近40人次', [['svc.legal_aid', 40, 'near']]],
    ['reads 不足10件 as 10, under', '全年作出行政处罚不足10件', [['enforce.penalties', 10, 'under']]],
    ['reads 不到5件 as 5, under', '依法处理政府信息公开申请不到5件', [['open.requests', 5, 'under']]],
    ['reads 近十余次 as 10, about', '召开法治政府建设专题会议近十余次', [['lead.meetings', 10, 'about']]],
    [
      'reads two multiplied figures in one sentence',
      '发放宣传资料1.5万余份，受教育群众2万余人次',
      [
        ['pub.materials', 15000, 'over'],
        ['pub.reach', 20000, 'over'],
      ],
    ],
  ])('%s', checkFacts);
});

describe('more than so many ten-thousands', () => {
  test.each<Row>([
    ['reads 20余万人次 as over 200000', '受教育群众20余万人次', [['pub.reach', 200000, 'over']]],
    ['reads 二十多万份 as over 200000', '发放宣传资料二十多万份', [['pub.materials', 200000, 'over']]],
    ['reads 1.2万余份 as over 12000', '发放宣传资料1.2万余份', [['pub.materials', 12000, 'over']]],
  ])('%s', checkFacts);
});

describe('lists read with 分别', () => {
  test.each<Row>([
    [
      'gives each figure the label in its place',
      '全县开展各类普法活动、发放宣传资料、受教育群众分别为560余场次、12万余份、35万人次',
      [
        ['pub.events', 560, 'over'],
        ['pub.materials', 120000, 'over'],
        ['pub.reach', 350000, 'exact'],
      ],
    ],
    [
      'shares the noun after the last verb: 受理、审结行政复议案件',
      '全年受理、审结行政复议案件分别为88件、63件',
      [
        ['recon.received', 88, 'exact'],
        ['recon.closed', 63, 'exact'],
      ],
    ],
    [
      'reads as usual, by the nearest label, when labels and figures are not as many',
      '全年受理、审结行政复议案件分别为88件',
      [['recon.closed', 88, 'exact']],
    ],
  ])('%s', checkFacts);
});

describe('numbers that are not indicators', () => {
  test.each<Row>([
    ['ignores a year', '2023年，我镇深入贯彻落实习近平法治思想', []],
    ['ignores the second of a list of ordinals', '贯彻学习全面依法治区委员会第一、二次会议精神', []],
    [
      'reads no reach from a number inside a quoted programme name',
      '举办法治专题培训班以及“百名法学家百场报告会”合计3场次',
      [['train.sessions', 3, 'exact']],
    ],
    [
      'ignores a figure whose clause the end of an excerpt cuts off',
      '开展普法宣传活动12场。中心组与常务会议分别举办了2次习',
      [['pub.events', 12, 'exact']],
    ],
    [
      'reads a figure whose clause goes on past the cut',
      '召开党委会议4次研究部署依法治乡和法治',
      [['lead.meetings', 4, 'exact']],
    ],
    [
      'reads figures in a section whose heading puts the work into a plan',
      '（一）强化组织领导将法治建设纳入党委工作计划\n2023年，党委会专题研究法治建设工作6次',
      [['lead.meetings', 6, 'exact']],
    ],
    ['ignores a month-day date', '9月25日，镇司法所在集市开展法治宣传', []],
    ['ignores a full date', '本报告于2024年1月25日报送县委依法治县办', []],
    ['ignores the year range of a plan title', '认真落实《法治政府建设实施纲要（2021-2025年）》', []],
    ['ignores a festival date in quotes: “4.15”', '利用“4.15”全民国家安全教育日开展宣传', []],
    ['ignores a festival date in quotes: “12.4”', '在“12.4”国家宪法日期间集中开展普法宣传', []],
    [
      'ignores a document number',
      '根据县政府办公室《关于做好法治政府建设年度报告工作的通知》（桐政办〔2025〕19号）要求',
      [],
    ],
    ['ignores 一是/二是 ordinals', '一是加强组织领导，二是强化学法用法', []],
    ['ignores 第一 ordinals', '第一，压实法治建设第一责任人职责', []],
    ['ignores a bracketed heading ordinal', '（六）强化矛盾纠纷多元化解', []],
    ['ignores a heading ordinal', '三、存在的问题和不足', []],
    ['ignores a quarter ordinal', '第三季度开展了安全生产执法检查', []],
    ['ignores a count of villages', '全镇21个行政村均配备了法律顾问', []],
    ['ignores a count of 嘎查村', '全苏木16个嘎查村全部建立人民调解委员会', []],
    ['ignores the slogan “三重一大”', '严格落实“三重一大”集体决策制度', []],
    ['ignores the slogan “一岗双责”', '落实党政主要负责人“一岗双责”', []],
    ['ignores the slogan “九个一”', '深入推进“九个一”普法工程', []],
    ['ignores the model name “1+1+N”', '构建“1+1+N”矛盾纠纷调解模式', []],
    ['ignores the plan name “八五”普法', '全面完成“八五”普法中期评估', []],
    ['ignores the plan name “十四五”', '对标“十四五”规划目标推进法治建设', []],
    ['ignores a hotline number', '及时办结12345热线转办事项', []],
    ['ignores money', '共收缴罚款7610元', []],
    ['ignores money in 万元', '投入资金20万元建设法治文化广场', []],
    ['ignores population', '全镇现有人口3.2万人', []],
    ['ignores a percentage with no indicator', '法治建设考核权重提升至15%', []],
    ['ignores a frequency: 每月开展一次', '坚持每月开展一次集中学习', []],
    ['ignores a frequency: 每季度1次', '领导班子每季度1次集体学法', []],
    ['ignores a party committee meeting count with no rule-of-law topic', '全年召开党委会22次', []],
    [
      'ignores the targets of a sentence about a later year’s plans',
      '城南街道2023年法治政府建设工作总结\n2024年，街道将力争开展“法律六进”活动60场次以上，培训干部职工600人次以上',
      [],
    ],
    [
      'keeps results of early next year that are not plans',
      '城南街道2023年法治政府建设工作总结\n2024年1月，街道将普法宣传活动3次纳入年度台账',
      [['pub.events', 3, 'exact']],
    ],
    [
      'keeps this year’s results in a sentence opening with this year',
      '2023年，我镇将普法融入日常，开展普法宣传活动12次',
      [['pub.events', 12, 'exact']],
    ],
  ])('%s', checkFacts);
});

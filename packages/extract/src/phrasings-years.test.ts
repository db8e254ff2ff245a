import type { IndicatorKey } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { checkFacts, extract, type Row } from './phrasing-support.ts';
import type { FlagType } from './types.ts';

// Phrasings written from the spec alone (not from the seed reports), to measure how the engine generalises.

const YOY_88 = '全年行政复议受理88件，相较于去年减少了339件';
const YOY_50 = '年内调处矛盾纠纷50件，较上年增加12件';
const STATED_558 = '共收到行政复议申请1113件，较2022年558件增加了555件';

describe('year-on-year comparisons', () => {
  test.each<Row>([
    [
      'derives 427 for 2022 from 88件 and 减少了339件',
      YOY_88,
      [
        ['recon.received', 88, 'exact'],
        ['recon.received', 427, 'exact', 2022],
      ],
    ],
    [
      'derives 38 for 2022 from 50件 and 较上年增加12件',
      YOY_50,
      [
        ['dispute.cases', 50, 'exact'],
        ['dispute.cases', 38, 'exact', 2022],
      ],
    ],
    [
      'derives 19 for 2022 from 14起 and 比去年同期下降5起',
      '依法查处违法行为14起，比去年同期下降5起',
      [
        ['enforce.penalties', 14, 'exact'],
        ['enforce.penalties', 19, 'exact', 2022],
      ],
    ],
    [
      'derives 60 for 2022 from 76次 and 比上年多16次',
      '开展行政执法检查76次，比上年多16次',
      [
        ['enforce.inspections', 76, 'exact'],
        ['enforce.inspections', 60, 'exact', 2022],
      ],
    ],
    [
      'derives 15 for 2022 from 12件 and 同比减少3件',
      '办理行政诉讼案件12件，同比减少3件',
      [
        ['litig.cases', 12, 'exact'],
        ['litig.cases', 15, 'exact', 2022],
      ],
    ],
    [
      'derives 4000 for 2022 from 5000份 and 较上年增加1000份',
      '发放宣传资料5000份，较上年增加1000份',
      [
        ['pub.materials', 5000, 'exact'],
        ['pub.materials', 4000, 'exact', 2022],
      ],
    ],
    [
      'reads a stated 2022 value once and does not read the difference',
      STATED_558,
      [
        ['recon.applications', 1113, 'exact'],
        ['recon.applications', 558, 'exact', 2022],
      ],
    ],
    [
      'reads 比2022年的48件 as the 2022 value',
      '调处矛盾纠纷62件，比2022年的48件增加14件',
      [
        ['dispute.cases', 62, 'exact'],
        ['dispute.cases', 48, 'exact', 2022],
      ],
    ],
  ])('%s', checkFacts);

  test.each<[name: string, sentence: string, key: IndicatorKey, year: number, derived: boolean]>([
    ['marks the value computed from 减少了339件 derived', YOY_88, 'recon.received', 2022, true],
    ['does not mark the figure read for the report year derived', YOY_88, 'recon.received', 2023, false],
    ['marks the value computed from 较上年增加12件 derived', YOY_50, 'dispute.cases', 2022, true],
    ['does not mark a stated previous-year value derived', STATED_558, 'recon.applications', 2022, false],
  ])('%s', (_name, sentence, key, year, derived) => {
    const matching = extract(sentence).facts.filter((f) => f.key === key && f.year === year);
    expect(matching.map((f) => f.derived)).toEqual([derived]);
  });
});

describe('flags', () => {
  test.each<[name: string, text: string, type: FlagType, present: boolean]>([
    [
      'flags a 镇 report that writes 全乡 and 我乡',
      '柳林镇2023年法治政府建设工作报告\n2023年，全乡上下深入学习贯彻习近平法治思想，我乡法治政府建设扎实推进。',
      'template_text',
      true,
    ],
    [
      'does not flag a 镇 report that writes 全镇 and 我镇',
      '柳林镇2023年法治政府建设工作报告\n2023年，全镇上下深入学习贯彻习近平法治思想，我镇法治政府建设扎实推进。',
      'template_text',
      false,
    ],
    [
      'does not flag a 乡 report that writes 全乡 and 我乡',
      '石门乡2023年法治政府建设工作报告\n2023年，全乡上下深入学习贯彻习近平法治思想，我乡法治政府建设扎实推进。',
      'template_text',
      false,
    ],
    ['flags a rate over 100%', '矛盾纠纷调处率达105%', 'rate_over_100', true],
    ['does not flag a rate of exactly 100%', '矛盾纠纷调处率达100%', 'rate_over_100', false],
    [
      'flags outcomes that exceed the closed count',
      '行政复议受理共30件（结案20件、维持18件、撤销3件、驳回4件）',
      'recon_outcomes_mismatch',
      true,
    ],
    [
      'does not flag outcomes that add up to the closed count',
      '行政复议受理共88件（结案63件、维持38件、撤销1件、驳回8件，责令3件，申请人撤回复议申请13件）',
      'recon_outcomes_mismatch',
      false,
    ],
    [
      'flags a success rate far from its counts',
      '调处矛盾纠纷50件，调解成功20件，调解成功率95%',
      'rate_contradicts_counts',
      true,
    ],
    [
      'does not flag a success rate that matches its counts',
      '调处矛盾纠纷50件，调解成功48件，调解成功率96%',
      'rate_contradicts_counts',
      false,
    ],
  ])('%s', (_name, text, type, present) => {
    expect(extract(text).flags.some((f) => f.type === type)).toBe(present);
  });
});

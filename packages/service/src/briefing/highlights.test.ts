import { describe, expect, test } from 'vitest';
import { type Candidate, highlights, TIERS } from './highlights.ts';

const c = (text: string, tier: Candidate['tier'], units: number): Candidate => ({
  sentence: { kind: 'total', parts: [text] },
  tier,
  units,
});
const texts = (list: Candidate[], count?: number) => highlights(list, count).map((s) => s.parts.join(''));

describe('the sentences a one-page briefing carries', () => {
  test.each([
    {
      name: 'each group’s main total before anything else, the ones over most units first, kept in reading order',
      list: [
        c('培训', TIERS.main, 16),
        c('培训人次', TIERS.second, 16),
        c('纠纷', TIERS.main, 17),
        c('调处率', TIERS.second, 10),
        c('普法', TIERS.main, 17),
        c('复议', TIERS.main, 2),
        c('复议结果', TIERS.outcomes, 2),
      ],
      expected: ['培训', '纠纷', '普法'],
    },
    {
      name: 'one group: its main total, its second figure, then its outcomes',
      list: [c('复议', TIERS.main, 2), c('纠错率', TIERS.second, 1), c('复议结果', TIERS.outcomes, 2)],
      expected: ['复议', '纠错率', '复议结果'],
    },
    {
      name: 'a figure no unit gave comes last: said only when nothing else is left',
      list: [
        c('无人报告', TIERS.none, 0),
        c('纠纷', TIERS.main, 1),
        c('多数', TIERS.more, 1),
        c('调处率', TIERS.second, 1),
      ],
      expected: ['纠纷', '多数', '调处率'],
    },
    {
      name: 'equal tier and units: the earlier sentence',
      list: [c('甲', TIERS.more, 3), c('乙', TIERS.more, 3), c('丙', TIERS.more, 3), c('丁', TIERS.more, 3)],
      expected: ['甲', '乙', '丙'],
    },
  ])('$name', ({ list, expected }) => {
    expect(texts(list)).toEqual(expected);
  });

  test('never more than asked for, and fewer when there are fewer', () => {
    expect(texts([c('甲', TIERS.main, 1)])).toEqual(['甲']);
    expect(texts([c('甲', TIERS.main, 1), c('乙', TIERS.main, 2)], 1)).toEqual(['乙']);
  });
});

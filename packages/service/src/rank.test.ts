import { describe, expect, test } from 'vitest';
import { competitionRanks } from './rank.ts';

const ranks = (values: number[], higher = true) => {
  const r = competitionRanks(
    values.map((value, id) => ({ id, value })),
    higher,
  );
  return values.map((_, id) => `${r.get(id)?.rank}${r.get(id)?.tied ? '=' : ''}`);
};

describe('competition ranking', () => {
  test.each([
    ['ranks higher-is-better values from the top', [50, 30, 40], true, ['1', '3', '2']],
    ['ranks lower-is-better values from the bottom', [5.5, 1.2, 3], false, ['3', '1', '2']],
    ['gives tied values one rank and skips the next (1, 1, 3)', [10, 10, 7], true, ['1=', '1=', '3']],
    ['handles a tie in the middle (1, 2, 2, 4)', [9, 8, 8, 1], true, ['1', '2=', '2=', '4']],
    ['ranks a single unit first', [3], true, ['1']],
  ])('%s', (_name, values, higher, expected) => {
    expect(ranks(values, higher)).toEqual(expected);
  });
});

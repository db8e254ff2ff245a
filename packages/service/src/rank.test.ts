import type { Direction } from '@fazhi/catalog';
import { describe, expect, test } from 'vitest';
import { competitionRanks } from './rank.ts';

const ranks = (values: number[], direction: Direction) => {
  const r = competitionRanks(
    values.map((value, id) => ({ id, value })),
    direction,
  );
  return values.map((_, id) => `${r.get(id)?.rank}${r.get(id)?.tied ? '=' : ''}`);
};

describe('competition ranking', () => {
  test.each([
    ['ranks higher-is-better values from the top', [50, 30, 40], 'higher', ['1', '3', '2']],
    ['ranks lower-is-better values from the bottom', [5.5, 1.2, 3], 'lower', ['3', '1', '2']],
    ['ranks a caseload (neither better) by size, largest first', [88, 427, 12], 'neither', ['2', '1', '3']],
    ['gives tied values one rank and skips the next (1, 1, 3)', [10, 10, 7], 'higher', ['1=', '1=', '3']],
    ['handles a tie in the middle (1, 2, 2, 4)', [9, 8, 8, 1], 'higher', ['1', '2=', '2=', '4']],
    ['ranks a single unit first', [3], 'higher', ['1']],
  ] as const)('%s', (_name, values, direction, expected) => {
    expect(ranks([...values], direction)).toEqual(expected);
  });
});

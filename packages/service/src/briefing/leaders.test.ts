import { describe, expect, test } from 'vitest';
import { ends } from './leaders.ts';

/** Ranked rows from competition ranks alone: only the rank matters to `ends`. */
const rows = (ranks: number[]) => ranks.map((rank, i) => ({ id: i + 1, rank }));
const ids = (list: { id: number }[]) => list.map((r) => r.id);

describe('the first and last three of a ranking', () => {
  test.each([
    {
      name: 'three or fewer units: all at the top, none at the bottom',
      ranks: [1, 2, 3],
      top: [1, 2, 3],
      bottom: [],
    },
    { name: 'six units split three and three', ranks: [1, 2, 3, 4, 5, 6], top: [1, 2, 3], bottom: [4, 5, 6] },
    {
      name: 'a tie at third place joins the top',
      ranks: [1, 2, 3, 3, 5, 6, 7],
      top: [1, 2, 3, 4],
      bottom: [5, 6, 7],
    },
    {
      name: 'a tie at the edge of the last three joins the bottom',
      ranks: [1, 2, 3, 4, 4, 6, 7],
      top: [1, 2, 3],
      bottom: [4, 5, 6, 7],
    },
    {
      name: 'the bottom never repeats a unit from the top',
      ranks: [1, 2, 3, 4],
      top: [1, 2, 3],
      bottom: [4],
    },
    { name: 'everyone tied: all at the top', ranks: [1, 1, 1, 1, 1], top: [1, 2, 3, 4, 5], bottom: [] },
  ])('$name', ({ ranks, top, bottom }) => {
    const got = ends(rows(ranks));
    expect(ids(got.top)).toEqual(top);
    expect(ids(got.bottom)).toEqual(bottom);
  });
});

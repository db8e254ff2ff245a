import { describe, expect, test } from 'vitest';
import { textPieces } from './pieces.ts';

describe('textPieces', () => {
  test.each([
    ['no passages leave one plain piece', 10, [], [[0, 10, null]]],
    [
      'passages are marked in text order with the plain text between',
      10,
      [
        { start: 6, end: 8 },
        { start: 1, end: 3 },
      ],
      [
        [0, 1, null],
        [1, 3, 1],
        [3, 6, null],
        [6, 8, 0],
        [8, 10, null],
      ],
    ],
    ['a passage covering the whole text is one marked piece', 5, [{ start: 0, end: 5 }], [[0, 5, 0]]],
    [
      'an overlapping passage keeps only what the earlier one left',
      10,
      [
        { start: 0, end: 6 },
        { start: 4, end: 8 },
      ],
      [
        [0, 6, 0],
        [6, 8, 1],
        [8, 10, null],
      ],
    ],
    [
      'a passage past the end is cut at the end',
      4,
      [{ start: 2, end: 9 }],
      [
        [0, 2, null],
        [2, 4, 0],
      ],
    ],
  ])('%s', (_, length, passages, expected) => {
    expect(textPieces(length, passages).map((p) => [p.start, p.end, p.passage])).toEqual(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { segmentText, sentenceAround } from './segments.ts';

const text = '一、基本情况\n全年开展普法活动100余次。调处矛盾纠纷50件，调处率95%。\n下一步';

describe('sentenceAround', () => {
  test.each([
    ['widens a figure to its whole sentence', '普法活动100余次', '全年开展普法活动100余次。'],
    ['stops at the sentence before', '调处矛盾纠纷50件', '调处矛盾纠纷50件，调处率95%。'],
    ['keeps a rate in the same sentence as its count', '调处率95%', '调处矛盾纠纷50件，调处率95%。'],
    ['ends at a line end when a heading has no full stop', '基本情况', '一、基本情况'],
  ])('%s', (_name, figure, sentence) => {
    const start = text.indexOf(figure);
    const [s, e] = sentenceAround(text, start, start + figure.length);
    expect(text.slice(s, e)).toBe(sentence);
  });
});

describe('segmentText', () => {
  test('cuts the text into pieces that know the facts covering them', () => {
    const a = text.indexOf('调处矛盾纠纷50件');
    const b = text.indexOf('调处率95%');
    const segs = segmentText(
      text.length,
      [
        { id: 1, start: a, end: a + 9 },
        { id: 2, start: b, end: b + 6 },
      ],
      null,
    );
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const covered = segs
      .filter((s) => s.factIds.length > 0)
      .map((s) => [text.slice(s.start, s.end), s.factIds]);
    expect(covered).toEqual([
      ['调处矛盾纠纷50件', [1]],
      ['调处率95%', [2]],
    ]);
    expect(segs.find((s) => s.endsHere.includes(1))?.end).toBe(a + 9);
  });

  test('splits overlapping evidence so the shared part belongs to both facts', () => {
    const segs = segmentText(
      10,
      [
        { id: 1, start: 0, end: 6 },
        { id: 2, start: 4, end: 10 },
      ],
      null,
    );
    expect(segs.map((s) => [s.start, s.end, s.factIds])).toEqual([
      [0, 4, [1]],
      [4, 6, [1, 2]],
      [6, 10, [2]],
    ]);
  });

  test('marks the pieces of the sentence the reader came to see, and ignores spans outside the text', () => {
    const segs = segmentText(20, [{ id: 1, start: 15, end: 30 }], [5, 12]);
    expect(segs.filter((s) => s.inSentence).map((s) => [s.start, s.end])).toEqual([[5, 12]]);
    expect(segs.every((s) => s.factIds.length === 0)).toBe(true);
  });

  test('marks unread figures apart from facts, also inside a fact’s evidence', () => {
    const figure = text.indexOf('50件');
    const segs = segmentText(
      text.length,
      [{ id: 7, start: text.indexOf('调处矛盾'), end: figure + 3 }],
      null,
      [{ id: 3, start: figure, end: figure + 3 }],
    );
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const marked = segs.filter((s) => s.unreadIds.length > 0);
    expect(marked.map((s) => [text.slice(s.start, s.end), s.unreadIds, s.factIds])).toEqual([
      ['50件', [3], [7]],
    ]);
    expect(segs.find((s) => s.unreadEndsHere.includes(3))?.end).toBe(figure + 3);
  });
});

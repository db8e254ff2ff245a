import { describe, expect, test } from 'vitest';
import { learnBoilerplate } from './boilerplate.ts';
import { normalizeText } from './normalize.ts';
import { reuseShare, sharedPassages } from './share.ts';
import { paragraph, seededRandom } from './testing/corpus.ts';
import { FRAME_HEADINGS, FRAME_OPENING, OTHER, OWN } from './testing/paragraphs.ts';

const report = (...paragraphs: string[]) => [FRAME_OPENING, ...paragraphs, ...FRAME_HEADINGS].join('\n');
const chars = (...texts: string[]) => texts.reduce((sum, t) => sum + normalizeText(t).text.length, 0);
const [p1 = '', p2 = '', p3 = '', p4 = ''] = OWN;
const [q1 = '', q2 = '', q3 = ''] = OTHER;
const withFiguresChanged = (t: string) => t.replace(/\d+/g, (d) => String(Number(d) * 3 + 7));

describe('the share of a report found in another', () => {
  test.each([
    {
      what: 'an identical report is all shared',
      a: report(p1, p2, p3, p4),
      b: report(p1, p2, p3, p4),
      expected: 1,
    },
    {
      what: 'one copied paragraph is its part of the report',
      a: report(p1, p2, p3, p4),
      b: report(q1, p2, q2, q3),
      expected: chars(p2) / chars(p1, p2, p3, p4),
    },
    {
      what: 'reordered paragraphs are all shared',
      a: report(p1, p2, p3, p4),
      b: report(p4, p2, p3, p1),
      expected: 1,
    },
    {
      what: 'the same boilerplate around different text is not shared',
      a: report(p1, p2),
      b: report(q1, q2),
      expected: 0,
    },
    { what: 'unrelated texts share nothing', a: [p1, p2, p3].join('\n'), b: OTHER.join('\n'), expected: 0 },
    {
      what: 'a copy with every figure changed is still a copy',
      a: report(p1, p2, p3, p4),
      b: withFiguresChanged(report(p1, p2, p3, p4)),
      expected: 1,
    },
    {
      what: 'a copy with other punctuation, spacing and line breaks is still a copy',
      a: report(p1, p2),
      b: report(p1, p2).replaceAll('，', ', ').replaceAll('。', '.\n').replaceAll('、', ' '),
      expected: 1,
    },
    {
      what: 'a short report inside a longer one is all shared',
      a: report(p2, p3),
      b: report(p1, p2, p3, p4),
      expected: 1,
    },
    {
      what: 'the longer report is shared only as far as the shorter holds it',
      a: report(p1, p2, p3, p4),
      b: report(p2, p3),
      expected: chars(p2, p3) / chars(p1, p2, p3, p4),
    },
  ])('$what', ({ a, b, expected }) => {
    expect(Math.abs(reuseShare(a, b).share - expected)).toBeLessThanOrEqual(0.05);
  });

  test('a report of boilerplate only has no characters of its own, so nothing of it is shared', () => {
    expect(reuseShare(report(), report())).toMatchObject({ share: 0, sharedChars: 0 });
  });
});

describe('boilerplate learnt from a corpus', () => {
  // a sentence every report of this corpus has, though no fixed pattern knows it
  const stock = '　　我们始终把法治政府建设摆在全局工作的突出位置，与经济社会发展同部署同推进同考核。';
  const random = seededRandom(7);
  const corpus = Array.from({ length: 30 }, () => `${stock}\n${paragraph(random, 400)}`);
  const [a = '', b = ''] = corpus;

  test.each([
    {
      what: 'a sentence in every report counts as shared when nothing is learnt',
      learnt: false,
      atLeast: 0.1,
    },
    { what: 'a sentence in every report is not shared once learnt', learnt: true, atLeast: 0 },
  ])('$what', ({ learnt, atLeast }) => {
    const common = learnt ? learnBoilerplate(corpus) : undefined;
    const { share } = reuseShare(a, b, { common });
    expect(share).toBeGreaterThanOrEqual(atLeast);
    if (learnt) expect(share).toBeLessThanOrEqual(0.05);
  });

  test('a paragraph two reports of the corpus share is not learnt', () => {
    const own = paragraph(random, 300);
    const copied = [...corpus, `${p1}\n${own}`, `${p1}\n${paragraph(random, 300)}`];
    const { share } = reuseShare(copied.at(-2) ?? '', copied.at(-1) ?? '', {
      common: learnBoilerplate(copied),
    });
    expect(Math.abs(share - chars(p1) / chars(p1, own))).toBeLessThanOrEqual(0.05);
  });
});

describe('the shared passages, in both texts', () => {
  const a = report(p1, p2, p3);
  const b = report(q1, q2, p2);
  const passages = sharedPassages(a, b);

  test('one copied paragraph is one passage in each text, pointing at the other', () => {
    expect(passages.a).toHaveLength(1);
    expect(passages.b).toHaveLength(1);
    expect(passages.a[0]?.other).toBe(0);
    expect(passages.b[0]?.other).toBe(0);
  });

  test.each([
    { side: 'a' as const, text: a },
    { side: 'b' as const, text: b },
  ])('the passage in $side spans the copied paragraph in its original text', ({ side, text }) => {
    const passage = passages[side][0];
    const shown = text.slice(passage?.start ?? 0, passage?.end ?? 0);
    expect(normalizeText(shown).text).toBe(normalizeText(p2).text);
    expect(text.indexOf(shown)).toBe(text.indexOf(p2) + 2);
  });

  test('texts that share only boilerplate have no passages', () => {
    expect(sharedPassages(report(p1), report(q1))).toEqual({ a: [], b: [] });
  });
});

import { describe, expect, test } from 'vitest';
import { learnBoilerplate } from './boilerplate.ts';
import { findReuse } from './corpus.ts';
import { reuseShare } from './share.ts';
import { generateCorpus } from './testing/corpus.ts';

// many counties of generated reports, a fifth of them copying a peer or their own previous report
const reports = generateCorpus({
  counties: 6,
  unitsPerCounty: 15,
  years: [2024, 2025],
  copyShare: 0.2,
  seed: 3,
});
const common = learnBoilerplate(reports.map((r) => r.text));
const found = findReuse(reports, { common });
const sourceOf = (id: string) => reports.find((r) => r.id === id)?.copied?.from ?? id;
const copies = reports.flatMap((r, i) => (r.copied ? [{ report: r, copied: r.copied, got: found[i] }] : []));
const sources = new Set(copies.map((c) => c.copied.from));

describe('the index over many reports', () => {
  test('the corpus has copies of both kinds to find', () => {
    expect(copies.filter((c) => c.copied.kind === 'peer').length).toBeGreaterThan(5);
    expect(copies.filter((c) => c.copied.kind === 'previousYear').length).toBeGreaterThan(5);
  });

  test.each(copies.map((c) => ({ ...c, id: c.report.id, kind: c.copied.kind })))(
    'finds the source of $id (a copy of a $kind) with most of it shared',
    ({ copied, got }) => {
      const match = copied.kind === 'peer' ? got?.peer : got?.previousYear;
      // another copy of the same source holds the same text, so it may be the best peer
      if (copied.kind === 'peer') expect(sourceOf(match?.id ?? '')).toBe(copied.from);
      else expect(match?.id).toBe(copied.from);
      expect(match?.share).toBeGreaterThan(0.5);
    },
  );

  test('reports that neither copy nor were copied share little with their best peer', () => {
    const others = found.filter(
      (r, i) => !reports[i]?.copied && !sources.has(r.id) && !sources.has(r.peer?.id ?? ''),
    );
    expect(others.length).toBeGreaterThan(50);
    for (const r of others) expect(r.peer?.share).toBeLessThan(0.3);
  });

  test('gives the same shares as comparing each pair', () => {
    const byId = new Map(reports.map((r) => [r.id, r]));
    for (const r of found.slice(75, 105)) {
      const self = byId.get(r.id)?.text ?? '';
      expect(r.peer?.share).toBeCloseTo(
        reuseShare(self, byId.get(r.peer?.id ?? '')?.text ?? '', { common }).share,
        9,
      );
      if (r.previousYear === null) continue;
      const before = byId.get(r.previousYear.id)?.text ?? '';
      expect(r.previousYear.share).toBeCloseTo(reuseShare(self, before, { common }).share, 9);
    }
  });

  test.each([
    { what: 'the first year has no previous report', year: 2024, previous: null },
    { what: 'the second year has the same unit’s first', year: 2025, previous: 'object' },
  ])('$what', ({ year, previous }) => {
    for (const [i, r] of found.entries()) {
      if (reports[i]?.year !== year) continue;
      expect(r.previousYear === null ? null : typeof r.previousYear).toBe(previous);
    }
  });

  test('a report alone in its county and year has no peer', () => {
    const [only] = findReuse([
      { id: 'a', unitId: 'u', county: '甲县', year: 2024, text: reports[0]?.text ?? '' },
    ]);
    expect(only).toEqual({ id: 'a', peer: null, previousYear: null });
  });

  test('a peer is another unit: the same unit’s second report of a year is not its peer', () => {
    const text = reports[0]?.text ?? '';
    const result = findReuse([
      { id: 'a', unitId: 'u', county: '甲县', year: 2024, text },
      { id: 'b', unitId: 'u', county: '甲县', year: 2024, text },
    ]);
    expect(result.map((r) => r.peer)).toEqual([null, null]);
  });
});

import path from 'node:path';
import { fixturesDir, repoRoot } from '@fazhi/config';
import { extractReport } from '@fazhi/extract';
import { describe, expect, test } from 'vitest';
import { loadCorpus, loadGoldSets } from './gold.ts';
import { scoreEntry, summarise } from './score.ts';

// The quality bars of the extraction engine, measured on the hand-checked fixtures beside the repository.
const [seeds, real] = loadGoldSets(fixturesDir());
const scoreOf = (set: typeof seeds) =>
  (set?.entries ?? []).map(({ gold, text }) => scoreEntry(gold, text, extractReport(text)));

describe('extraction quality on the five seed reports', () => {
  const scores = scoreOf(seeds);
  const sum = summarise(scores);

  test('has fact precision and recall of at least 0.97', () => {
    expect(scores).toHaveLength(5);
    expect(sum.precision).toBeGreaterThanOrEqual(0.97);
    expect(sum.recall).toBeGreaterThanOrEqual(0.97);
  });

  test('gets every unit-year value in the gold right', () => {
    expect(scores.flatMap((s) => s.values.wrong)).toEqual([]);
    expect(sum.values.total).toBeGreaterThan(30);
  });

  test('reads unit and year right for all five and never states a wrong county', () => {
    expect(sum.unitAndYear).toBe(5);
    expect(sum.county.wrong).toBe(0);
  });

  test('turns none of the listed non-indicators into facts', () => {
    expect(scores.flatMap((s) => s.notFactsHit)).toEqual([]);
  });
});

describe('extraction quality on the real excerpts', () => {
  const scores = scoreOf(real);
  const sum = summarise(scores);

  test('has fact F1 of at least 0.90 over all 40 excerpts', () => {
    expect(scores).toHaveLength(40);
    expect(sum.f1).toBeGreaterThanOrEqual(0.9);
  });

  test('reads unit and year right on at least 38 of the 40', () => {
    expect(sum.unitAndYear).toBeGreaterThanOrEqual(38);
  });

  test('turns none of the listed non-indicators into facts', () => {
    expect(scores.flatMap((s) => s.notFactsHit.map((n) => `${s.file}: ${n}`))).toEqual([]);
  });
});

describe('extraction quality on the real corpus’s train part (the sealed part is never asserted on)', () => {
  const { train } = loadCorpus(path.join(repoRoot, 'packages', 'extract', 'corpus'));
  const scores = scoreOf(train);
  const sum = summarise(scores);

  test('has fact F1 of at least 0.95', () => {
    expect(scores.length).toBeGreaterThan(250);
    expect(sum.f1).toBeGreaterThanOrEqual(0.95);
  });

  test('reads the unit right in at least 93 % of files and the year in at least 98 %', () => {
    expect(sum.unit / scores.length).toBeGreaterThanOrEqual(0.93);
    expect(sum.year / scores.length).toBeGreaterThanOrEqual(0.98);
  });

  test('states a wrong county in at most one file', () => {
    expect(sum.county.wrong).toBeLessThanOrEqual(1);
  });
});

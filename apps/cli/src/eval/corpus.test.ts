import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { describe, expect, test } from 'vitest';
import { isSealed, loadCorpus } from './gold.ts';

const corpus = loadCorpus(path.join(repoRoot, 'packages', 'extract', 'corpus'));
const files = (set: typeof corpus.train) => set.entries.map((e) => e.gold.file);

describe('the real corpus split', () => {
  test('keeps about 70 % for train and about 30 % sealed, every file once', () => {
    const all = [...files(corpus.train), ...files(corpus.sealed)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(250);
    const share = corpus.sealed.entries.length / all.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
  });

  test('puts a sealed text that was read (moved_to_train) in train', () => {
    const moved = corpus.train.entries.filter((e) => e.gold.moved_to_train);
    expect(moved.map((e) => e.gold.file)).toEqual(
      expect.arrayContaining(['g1-049.txt', 'g2-044.txt', 'g1-008.txt', 'g1-083.txt', 'g1-019.txt']),
    );
    for (const e of moved) expect(isSealed(e.gold.url ?? '')).toBe(true);
    expect(files(corpus.sealed)).not.toContain('g1-049.txt');
  });
});

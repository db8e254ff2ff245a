import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { describe, expect, test } from 'vitest';
import { isSealed, loadCorpus } from './gold.ts';

const corpus = loadCorpus(path.join(repoRoot, 'packages', 'extract', 'corpus'));
const files = (set: typeof corpus.train) => set.entries.map((e) => e.gold.file);

describe('the real corpus split', () => {
  test('seals about 30 % of the files by the hash of their address, every file once', () => {
    const all = [...files(corpus.train), ...files(corpus.sealed)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(250);
    // the hash decides the split; sealed files that were seen moved to train and are counted apart
    const entries = [...corpus.train.entries, ...corpus.sealed.entries];
    const hashed = entries.filter((e) => isSealed(e.gold.url ?? ''));
    const share = hashed.length / all.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    const moved = hashed.filter((e) => e.gold.moved_to_train).length;
    expect(corpus.sealed.entries.length).toBe(hashed.length - moved);
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

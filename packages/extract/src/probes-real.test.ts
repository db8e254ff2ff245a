import { describe, expect, test } from 'vitest';
import { agreement, loadProbes } from './probe-support.ts';

// 70 sentences of 35 real report pages beyond the corpus, gathered in one pass over county bodies (real-a) and
// towns and streets (real-b), most of them expecting nothing. At first contact the engine found 12 of 16 expected
// facts with 3 extras (real-a) and 3 of 30 sentences disagreed (real-b); the floors are what it reached after.
const probes = loadProbes(['real-a', 'real-b']);

describe('real sentences of a later pass beyond the corpus', () => {
  test('every probe names its source page and a sentence', () => {
    expect(probes.length).toBeGreaterThanOrEqual(60);
    for (const p of probes) expect(p.url).toMatch(/^https?:\/\//);
  });

  test('finds at least 80 % of the expected facts and reads at most 10 % extra', () => {
    const a = agreement(probes);
    expect(a.found / a.expected).toBeGreaterThanOrEqual(0.8);
    expect(a.extra / a.read).toBeLessThanOrEqual(0.1);
  });
});

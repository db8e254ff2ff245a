import { describe, expect, test } from 'vitest';
import { agreement as agreementOf, loadProbes } from './probe-support.ts';

// Real sentences from reports beyond the corpus (corpus/probes), each read inside a minimal report: a title
// naming a unit and year, then the sentence. The floor is what the engine reached, not 100 % by construction.
const probes = loadProbes(['decision', 'enforce', 'litig', 'lead']);
const agreement = () => agreementOf(probes);

describe('real sentences beyond the corpus (decisions, enforcement, cases, leadership)', () => {
  test('every probe names its source page and a sentence with a figure', () => {
    expect(probes.length).toBeGreaterThanOrEqual(20);
    for (const p of probes) {
      expect(p.url).toMatch(/^https?:\/\//);
      expect(p.sentence).toMatch(/\d/);
    }
  });

  test('finds at least 90 % of the expected facts and reads at most 5 % extra', () => {
    const a = agreement();
    expect(a.found / a.expected).toBeGreaterThanOrEqual(0.9);
    expect(a.extra / a.read).toBeLessThanOrEqual(0.05);
  });
});

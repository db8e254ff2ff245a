import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractReport } from './index.ts';

// Real sentences from reports beyond the corpus (corpus/probes), each read inside a minimal report: a title
// naming a unit and year, then the sentence. The floor is what the engine reached, not 100 % by construction.
const PROBES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../corpus/probes');
const GROUPS = ['decision', 'enforce', 'litig', 'lead'];
const TITLE = '示例镇2024年法治政府建设工作情况报告\n';

interface Probe {
  url: string;
  sentence: string;
  expected: { key: string; value: number; qualifier?: string }[];
}

const probes: Probe[] = GROUPS.flatMap((g) =>
  readFileSync(path.join(PROBES, `${g}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Probe),
);

function agreement() {
  let expected = 0;
  let found = 0;
  let read = 0;
  let extra = 0;
  for (const p of probes) {
    const got = extractReport(TITLE + p.sentence, { year: 2024 }).facts.map(
      (f) => `${f.key} ${f.value}${f.qualifier === 'exact' ? '' : ` ${f.qualifier}`}`,
    );
    const left = [...got];
    for (const e of p.expected) {
      const i = left.indexOf(`${e.key} ${e.value}${e.qualifier ? ` ${e.qualifier}` : ''}`);
      if (i >= 0) left.splice(i, 1);
    }
    expected += p.expected.length;
    found += got.length - left.length;
    read += got.length;
    extra += left.length;
  }
  return { expected, found, read, extra };
}

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

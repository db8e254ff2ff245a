import { existsSync, readFileSync } from 'node:fs';
import { extractReport } from './index.ts';

// Real sentences from reports beyond the corpus (corpus/probes/*.jsonl), each read inside a minimal report: a
// title naming a unit and a year, then the sentence. Test support only.
const TITLE = '示例镇2024年法治政府建设工作情况报告\n';

export interface Probe {
  url: string;
  sentence: string;
  expected: { key: string; value: number; qualifier?: string }[];
}

export function loadProbes(names: string[]): Probe[] {
  return names.flatMap((name) => {
    const file = new URL(`../corpus/probes/${name}.jsonl`, import.meta.url);
    if (!existsSync(file)) throw new Error(`corpus/probes/${name}.jsonl is missing`);
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Probe);
  });
}

/** How many expected facts the engine found, how many it read in all, and how many of those no one expected. */
export function agreement(probes: Probe[]): { expected: number; found: number; read: number; extra: number } {
  let expected = 0;
  let found = 0;
  let read = 0;
  let extra = 0;
  for (const p of probes) {
    const got = extractReport(TITLE + p.sentence, { year: 2024 })
      .facts.filter((f) => !f.derived)
      .map((f) => `${f.key} ${f.value}${f.qualifier === 'exact' ? '' : ` ${f.qualifier}`}`);
    const left = [...got];
    for (const e of p.expected) {
      const i = left.indexOf(
        `${e.key} ${e.value}${e.qualifier && e.qualifier !== 'exact' ? ` ${e.qualifier}` : ''}`,
      );
      if (i >= 0) left.splice(i, 1);
    }
    expected += p.expected.length;
    found += got.length - left.length;
    read += got.length;
    extra += left.length;
  }
  return { expected, found, read, extra };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir, repoRoot } from '@fazhi/config';
import { extractReport } from '@fazhi/extract';

// Throughput of the engine on one core: the sample reports (and the real excerpts when ../shared is
// present), repeated to at least 5 MB of UTF-8 text; the median of several timed passes.
const RUNS = 9;
const WARMUP_PASSES = 2; // the JIT settles after a pass or two; the engine runs warm inside the server
const TARGET_BYTES = 5_000_000;

function textsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  } catch {
    return [];
  }
}

const base = [
  ...textsIn(path.join(repoRoot, 'data', 'reports')),
  ...textsIn(path.join(fixturesDir(), 'real', 'reports')),
];
const corpus: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const t of base) {
    corpus.push(t);
    bytes += Buffer.byteLength(t, 'utf8');
  }
}

for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const t of corpus) extractReport(t);
const times: number[] = [];
let facts = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  facts = 0;
  for (const t of corpus) facts += extractReport(t).facts.length;
  times.push((performance.now() - t0) / 1000);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)] ?? 0;
const mb = bytes / 1e6;
console.log(
  `bench:extract ${(mb / median).toFixed(2)} MB/s — median of ${RUNS} runs over ${mb.toFixed(2)} MB ` +
    `(${corpus.length} reports, ${facts} facts per run; runs ${(times[0] ?? 0).toFixed(2)}–${(times[RUNS - 1] ?? 0).toFixed(2)} s; ` +
    `after ${WARMUP_PASSES} warm-up passes; one core)`,
);

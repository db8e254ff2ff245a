import { findReuse, learnBoilerplate } from '../src/index.ts';
import { generateCorpus } from '../src/testing/corpus.ts';

// pnpm bench:reuse — a province's year pair: 20,000 generated reports (2–5 k characters, 625 counties × 16
// units × 2 years, 5 % copying a peer or their own previous report), every report's peer and previous-year
// share. One thread; the budget (issue 15) is 60 s for learning the boilerplate, indexing and comparing.
const BUDGET_MS = 60_000;
const ms = (t0: number) => performance.now() - t0;
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;

let t0 = performance.now();
const reports = generateCorpus({ counties: 625, unitsPerCounty: 16, years: [2024, 2025], copyShare: 0.05 });
const generateMs = ms(t0);
const chars = reports.reduce((sum, r) => sum + r.text.length, 0);

const cpu0 = process.cpuUsage();
t0 = performance.now();
const common = learnBoilerplate(reports.map((r) => r.text));
const learnMs = ms(t0);
const timings = { profileMs: 0, compareMs: 0 };
t0 = performance.now();
const reuse = findReuse(reports, { common, timings });
const findMs = ms(t0);
const cpu = process.cpuUsage(cpu0);
const totalMs = learnMs + findMs;

// how well the planted copies are found: the source (or another copy of it) as the peer, at what share
const sourceOf = new Map(reports.map((r) => [r.id, r.copied?.from ?? r.id]));
let copies = 0;
let found = 0;
let lowest = 1;
reports.forEach((r, i) => {
  if (!r.copied) return;
  copies++;
  const got = r.copied.kind === 'peer' ? reuse[i]?.peer : reuse[i]?.previousYear;
  const right = got && (got.id === r.copied.from || sourceOf.get(got.id) === r.copied.from);
  if (right && got.share >= 0.5) found++;
  lowest = Math.min(lowest, got?.share ?? 0);
});
// and how much unrelated reports share: the peers of reports that neither copy nor were copied
const sources = new Set(reports.flatMap((r) => (r.copied ? [r.copied.from] : [])));
const unrelated = reuse
  .filter((r, i) => !reports[i]?.copied && !sources.has(r.id) && !sources.has(r.peer?.id ?? ''))
  .map((r) => r.peer?.share ?? 0)
  .sort((a, b) => a - b);
const percentile = (p: number) =>
  `${((unrelated[Math.floor(p * (unrelated.length - 1))] ?? 0) * 100).toFixed(0)} %`;

console.log(
  `bench:reuse ${reports.length} reports, ${(chars / 1e6).toFixed(1)} M characters (generated in ${s(generateMs)})\n` +
    `  learn boilerplate ${s(learnMs)} (${common.threshold}+ reports make a shingle common) · ` +
    `prepare texts ${s(timings.profileMs)} · index and compare ${s(timings.compareMs)}\n` +
    `  total ${s(totalMs)} on one thread (CPU ${s((cpu.user + cpu.system) / 1000)}), budget ${s(BUDGET_MS)}: ` +
    `${totalMs < BUDGET_MS ? 'within' : 'OVER'}\n` +
    `  planted copies found at ≥ 50 %: ${found} of ${copies} (lowest share ${(lowest * 100).toFixed(0)} %); ` +
    `best peer of the others: median ${percentile(0.5)}, 99th percentile ${percentile(0.99)}`,
);
if (totalMs >= BUDGET_MS) process.exitCode = 1;

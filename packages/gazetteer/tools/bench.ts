import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findMentions, loadGazetteer, resolveTown } from '../src/index.ts';

// pnpm bench:gazetteer — the cost of loading the data (in fresh processes, as a server pays it once)
// and of lookups once loaded. Figures for the README; no test asserts a time.
const RUNS = 5;

if (process.argv.includes('--child')) {
  console.log(loadGazetteer().ms);
} else {
  const self = fileURLToPath(import.meta.url);
  const loads = Array.from({ length: RUNS }, () =>
    Number(execFileSync(process.execPath, [...process.execArgv, self, '--child'], { encoding: 'utf8' })),
  ).sort((a, b) => a - b);
  const { divisions } = loadGazetteer();
  const N = 200_000;
  let t0 = performance.now();
  for (let i = 0; i < N; i++) resolveTown(i % 2 ? '城关镇' : '黄村镇', { province: '广东' });
  const perResolve = ((performance.now() - t0) * 1000) / N;
  const text =
    '中共渠县县委、渠县人民政府：2025年，宝城镇在县委、县政府的坚强领导下，深入推进依法行政。'.repeat(200);
  t0 = performance.now();
  for (let i = 0; i < 20; i++) findMentions(text);
  const mbPerS = (text.length * 3 * 20) / 1e6 / ((performance.now() - t0) / 1000);
  console.log(
    `bench:gazetteer ${divisions} divisions · load median ${loads[RUNS >> 1]} ms (runs ${loads.join(', ')}) · ` +
      `resolveTown ${perResolve.toFixed(2)} µs · findMentions ${mbPerS.toFixed(1)} MB/s`,
  );
}

import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { dbPath, repoRoot } from '@fazhi/config';
import { openStore } from '@fazhi/db';
import { fillBenchDataset } from '@fazhi/db/testing/bench';
import { addAccount, FOCUS_KEYS } from '@fazhi/service';

// pnpm bench:api [seconds] — 3,000 units × 10 years with every catalog key, served by the real server
// process; wrk (a load generator in C, from Debian) on loopback measures /api/compare and /api/ranking
// against a trivial route of the same server. Browsers ask for gzip, so the requests do too.
const COUNTIES = 100;
const UNITS_PER_COUNTY = 30;
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const SECONDS = Number(process.argv[2] ?? 8);
const CONNECTIONS = 10;
const run = promisify(execFile);

function ensureWrk(): void {
  if (spawnSync('wrk', ['--version']).error === undefined) return;
  console.log('wrk is not installed: installing it from Debian (apt-get install wrk) …');
  const apt = spawnSync(
    'sh',
    ['-c', 'apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk)'],
    {
      stdio: 'inherit',
    },
  );
  if (apt.status !== 0) throw new Error('wrk could not be installed; install it with: apt-get install wrk');
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-api-'));
const file = `${dbPath()}.bench-api-${process.pid}.db`;
const cleanup = () => {
  for (const s of ['', '-wal', '-shm']) rmSync(`${file}${s}`, { force: true });
  rmSync(work, { recursive: true, force: true });
};

// wrk picks a random path from a list for each request and prints count, seconds, p50 and p95 (µs)
const SCRIPT = `
local paths = {}
local cookie = os.getenv("COOKIE")
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(1, #paths)], { ["Accept-Encoding"] = "gzip", ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %f %f %f %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.errors.status))
end
`;

interface Measured {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
}

async function measure(url: string, name: string, paths: string[], cookie: string): Promise<Measured> {
  const list = path.join(work, `${name}.txt`);
  writeFileSync(list, `${paths.join('\n')}\n`);
  const { stdout } = await run(
    'wrk',
    ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-s', path.join(work, 'bench.lua'), url],
    { env: { ...process.env, PATHS: list, COOKIE: cookie }, maxBuffer: 1 << 20 },
  );
  const m = /RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stdout);
  if (!m) throw new Error(`wrk printed no result:\n${stdout}`);
  return { rps: Number(m[1]) / Number(m[2]), p50: Number(m[3]), p95: Number(m[4]), errors: Number(m[5]) };
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DB_PATH: file, HOST: '127.0.0.1', PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

ensureWrk();
writeFileSync(path.join(work, 'bench.lua'), SCRIPT);
const store = openStore(file);
const t0 = performance.now();
const { units, facts } = fillBenchDataset(store, {
  counties: COUNTIES,
  unitsPerCounty: UNITS_PER_COUNTY,
  years: YEARS,
});
// reading needs a sign-in by default: every measured request carries a viewer's session cookie
await addAccount(
  store.db,
  { username: 'bench', displayName: '基准', role: 'viewer', password: 'meter-kettle-2024' },
  'bench',
);
store.close();
console.log(
  `bench:api dataset: ${units} units × ${YEARS.length} years × every catalog key = ${facts.toLocaleString('en-US')} facts ` +
    `in ${COUNTIES} counties of ${UNITS_PER_COUNTY} units (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
const { child, url } = await startServer();
try {
  const login = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'meter-kettle-2024' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('fazhi_session=')) throw new Error(`bench could not sign in: ${login.status}`);
  const county = (c: number) => encodeURIComponent(`基准${c}县`);
  const focus = FOCUS_KEYS.join(',');
  const comparePaths = Array.from(
    { length: COUNTIES },
    (_, c) => `/api/compare?county=${county(c)}&indicators=${focus}`,
  );
  const latest = YEARS[YEARS.length - 1];
  // what county offices look at: this year's rankings of the focus indicators, townships and departments
  const rankingPaths = Array.from({ length: COUNTIES }, (_, c) =>
    FOCUS_KEYS.flatMap((k) =>
      ['towns', 'departments'].map(
        (g) => `/api/ranking?county=${county(c)}&indicator=${k}&year=${latest}&group=${g}`,
      ),
    ),
  ).flat();
  // and a stress case: every county × focus indicator × year, nearly every request a new answer to build
  const coldPaths = Array.from({ length: COUNTIES }, (_, c) =>
    FOCUS_KEYS.flatMap((k) => YEARS.map((y) => `/api/ranking?county=${county(c)}&indicator=${k}&year=${y}`)),
  ).flat();
  // a county office's first look computes its county's values: one request per county before measuring
  const w0 = performance.now();
  for (const p of comparePaths) await fetch(`${url}${p}`, { headers: { cookie } });
  console.log(
    `warm-up: one /api/compare per county, ${((performance.now() - w0) / COUNTIES).toFixed(0)} ms each (cold)`,
  );
  const trivial = await measure(url, 'health', ['/api/health'], cookie);
  const compare = await measure(url, 'compare', comparePaths, cookie);
  const ranking = await measure(url, 'ranking', rankingPaths, cookie);
  const cold = await measure(url, 'ranking-cold', coldPaths, cookie);
  const line = (name: string, m: Measured, ratio?: number) =>
    `${name.padEnd(44)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(2).padStart(6)} ms  p95 ${m.p95.toFixed(2).padStart(6)} ms` +
    (ratio === undefined ? '' : `  ratio ${ratio.toFixed(2)}`) +
    (m.errors > 0 ? `  (${m.errors} non-2xx!)` : '');
  console.log(
    `wrk on loopback: 1 thread, ${CONNECTIONS} connections, ${SECONDS} s per route, each request with a signed-in session; server and wrk share the 2 cores`,
  );
  console.log(line('GET /api/health (trivial)', trivial));
  console.log(
    line(
      `GET /api/compare (county of ${UNITS_PER_COUNTY}, ${FOCUS_KEYS.length} keys, all years)`,
      compare,
      compare.rps / trivial.rps,
    ),
  );
  console.log(
    line(
      `GET /api/ranking (${rankingPaths.length} views: ${latest}, focus keys)`,
      ranking,
      ranking.rps / trivial.rps,
    ),
  );
  console.log(
    line(`GET /api/ranking (stress: ${coldPaths.length}, mostly new)`, cold, cold.rps / trivial.rps),
  );
  const meets = (m: Measured) => m.p95 < 20 && m.rps / trivial.rps >= 0.3;
  const verdict = (m: Measured) => (meets(m) ? 'met' : 'NOT met');
  console.log(
    `targets p95 < 20 ms and ratio ≥ 0.3: compare ${verdict(compare)}, ranking ${verdict(ranking)}, ranking stress ${verdict(cold)}`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  cleanup();
}

import { rmSync } from 'node:fs';
import { dbPath } from '@fazhi/config';
import { openStore } from '@fazhi/db';
import { fillBenchDataset } from '@fazhi/db/testing/bench';
import { addAccount, FOCUS_KEYS } from '@fazhi/service';
import {
  ensureWrk,
  line,
  type Measured,
  measure as measureWith,
  signIn,
  startServer,
  stopServer,
  wrkFolder,
} from './bench-support.ts';

// pnpm bench:api [seconds] — 3,000 units × 10 years with every catalog key, served by the real server
// process; wrk (a load generator in C, from Debian) on loopback measures /api/compare and /api/ranking
// against a trivial route of the same server. Browsers ask for gzip, so the requests do too.
const COUNTIES = 100;
const UNITS_PER_COUNTY = 30;
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const SECONDS = Number(process.argv[2] ?? 8);
const CONNECTIONS = 10;

const file = `${dbPath()}.bench-api-${process.pid}.db`;
const { dir: work, cleanup: cleanWork } = wrkFolder();
const cleanup = () => {
  for (const s of ['', '-wal', '-shm']) rmSync(`${file}${s}`, { force: true });
  cleanWork();
};
const measure = (url: string, name: string, paths: string[], cookie: string) =>
  measureWith(work, url, name, paths, cookie, { connections: CONNECTIONS, seconds: SECONDS });

ensureWrk();
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
await store.close();
console.log(
  `bench:api dataset: ${units} units × ${YEARS.length} years × every catalog key = ${facts.toLocaleString('en-US')} facts ` +
    `in ${COUNTIES} counties of ${UNITS_PER_COUNTY} units (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
const { child, url } = await startServer(file);
try {
  const { cookie } = await signIn(url, 'bench', 'meter-kettle-2024');
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
  await stopServer(child);
  cleanup();
}

import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { dbPath, repoRoot } from '@fazhi/config';
import { openStore, type Store, storeSummary } from '@fazhi/db';
import { moveInstallation, openPgStore } from '@fazhi/db/pg';
import { fillBenchDataset } from '@fazhi/db/testing/bench';
import { addAccount, FOCUS_KEYS } from '@fazhi/service';
import {
  ensureWrk,
  line,
  type Measured,
  measure,
  signIn,
  startServer,
  stopServer,
  wrkFolder,
} from './bench-support.ts';

// pnpm bench:scale [seconds] — a province: 3,000 units × 10 years, 50 readers (wrk connections) on compare and
// ranking as ratios to a trivial route, on one and on two server processes over one database, then a write mix
// of 20 editors correcting facts while 50 readers read, with the errors and the corrections counted after.
// Both engines: the dataset is built in an SQLite file and moved (pnpm migrate-data's code) into a database on a
// PostgreSQL cluster of its own (scripts/pg-cluster.sh with PostgreSQL's durable defaults, port 54349).
const SECONDS = Number(process.argv[2] ?? 6);
const READERS = 50;
const EDITORS = 20;
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const COUNTIES = 100;
const PASSWORD = 'meter-kettle-2024';

const file = `${dbPath()}.bench-scale-${process.pid}.db`;
const wrk = wrkFolder();
const CLUSTER = path.join(repoRoot, 'scripts/pg-cluster.sh');
const cluster = (command: string) =>
  execFileSync('bash', [CLUSTER, command], {
    encoding: 'utf8',
    env: { ...process.env, PG_TEST_PORT: '54349', PG_TEST_DURABLE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
const cleanup = () => {
  for (const s of ['', '-wal', '-shm']) rmSync(`${file}${s}`, { force: true });
  wrk.cleanup();
  cluster('stop');
};

ensureWrk();
const store = openStore(file);
const built = fillBenchDataset(store, { counties: COUNTIES, unitsPerCounty: 30, years: YEARS });
await addAccount(
  store.db,
  { username: 'reader', displayName: '读者', role: 'viewer', password: PASSWORD },
  'bench',
);
for (let e = 0; e < EDITORS; e++) {
  await addAccount(
    store.db,
    { username: `editor${e}`, displayName: `编辑${e}`, role: 'editor', password: PASSWORD },
    'bench',
  );
}
// each editor corrects facts of its own: none is corrected twice, so every success must be there afterwards
const factIds = store.sqlite
  .prepare(`select id from facts where status = 'auto' order by id limit ?`)
  .pluck()
  .all(EDITORS * 400) as number[];
await store.close();
const pgUrl = cluster('start').replace(/\/postgres$/, '/postgres');
const moveStart = performance.now();
await moveInstallation(`sqlite:${file}`, pgUrl);
console.log(
  `bench:scale dataset: ${built.units} units × ${YEARS.length} years = ${built.facts.toLocaleString('en-US')} facts ` +
    `(SQLite file; moved to PostgreSQL in ${((performance.now() - moveStart) / 1000).toFixed(0)} s)`,
);

const county = (c: number) => encodeURIComponent(`基准${c}县`);
const comparePaths = Array.from(
  { length: COUNTIES },
  (_, c) => `/api/compare?county=${county(c)}&indicators=${FOCUS_KEYS.join(',')}`,
);
const rankingPaths = Array.from({ length: COUNTIES }, (_, c) =>
  FOCUS_KEYS.map((k) => `/api/ranking?county=${county(c)}&indicator=${k}&year=2024`),
).flat();

/** wrk on every server at once, the readers split between them; throughput summed, the slower percentiles. */
async function readAll(urls: string[], name: string, paths: string[], cookie: string): Promise<Measured> {
  const each = await Promise.all(
    urls.map((u, i) =>
      measure(wrk.dir, u, `${name}-${i}`, paths, cookie, {
        connections: READERS / urls.length,
        seconds: SECONDS,
      }),
    ),
  );
  return {
    rps: each.reduce((s, m) => s + m.rps, 0),
    p50: Math.max(...each.map((m) => m.p50)),
    p95: Math.max(...each.map((m) => m.p95)),
    errors: each.reduce((s, m) => s + m.errors, 0),
  };
}

/** 20 editors, each correcting its own facts one after another through the servers in turn, until `until`. */
async function editors(urls: string[], until: number): Promise<{ ok: number; errors: number }> {
  let ok = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: EDITORS }, async (_, e) => {
      const url = urls[e % urls.length] as string;
      const { cookie, csrf } = await signIn(url, `editor${e}`, PASSWORD);
      for (let i = e; i < factIds.length && Date.now() < until; i += EDITORS) {
        const res = await fetch(`${urls[i % urls.length]}/api/facts/${factIds[i]}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
          body: JSON.stringify({ action: 'correct', value: 1000 + i, reason: '基准核实' }),
        }).catch(() => null);
        if (res?.ok) ok++;
        else errors++;
        await res?.arrayBuffer();
      }
    }),
  );
  return { ok, errors };
}

const rows: string[] = [];
const mixes: string[] = [];
let failed = false;
const ENGINES = [
  { name: 'SQLite', url: '' },
  { name: 'PostgreSQL', url: pgUrl },
];
for (const engine of ENGINES) {
  for (const processes of [1, 2]) {
    const servers = await Promise.all(Array.from({ length: processes }, () => startServer(file, engine.url)));
    const urls = servers.map((s) => s.url);
    try {
      const { cookie } = await signIn(urls[0] as string, 'reader', PASSWORD);
      // a county office's first look computes its county's values, in each process (each has its own cache)
      for (const u of urls) for (const p of comparePaths) await fetch(`${u}${p}`, { headers: { cookie } });
      const trivial = await readAll(urls, 'health', ['/api/health'], cookie);
      const compare = await readAll(urls, 'compare', comparePaths, cookie);
      const ranking = await readAll(urls, 'ranking', rankingPaths, cookie);
      const tag = `${engine.name}, ${processes} process${processes > 1 ? 'es' : ''}`;
      rows.push(line(`${tag}: GET /api/health (trivial)`, trivial));
      rows.push(line(`${tag}: GET /api/compare`, compare, compare.rps / trivial.rps));
      rows.push(line(`${tag}: GET /api/ranking`, ranking, ranking.rps / trivial.rps));
      if (processes === 2) {
        const until = Date.now() + SECONDS * 1000;
        const [written, read] = await Promise.all([
          editors(urls, until),
          readAll(urls, 'mix', comparePaths, cookie),
        ]);
        rows.push(line(`${tag}: GET /api/compare while 20 editors write`, read, read.rps / trivial.rps));
        const stored = await correctionsStored(engine.url);
        mixes.push(
          `write mix, ${engine.name} (2 processes): ${written.ok} corrections accepted, ${written.errors} refused or failed, ` +
            `${read.errors} reader errors; corrections stored afterwards ${stored} (lost ${written.ok - stored})`,
        );
        if (written.errors > 0 || read.errors > 0 || written.ok !== stored) failed = true;
      }
    } finally {
      await Promise.all(servers.map((s) => stopServer(s.child)));
    }
  }
}

/** Corrections in the database once the servers have stopped, counted there. */
async function correctionsStored(url: string): Promise<number> {
  const check: Store = url === '' ? openStore(file) : await openPgStore(url, { poolSize: 1 });
  try {
    return (await storeSummary(check.db)).facts.corrected ?? 0;
  } finally {
    await check.close();
  }
}

console.log(
  `wrk on loopback, ${READERS} connections split over the processes, ${SECONDS} s a route; servers, wrk and ` +
    'PostgreSQL share the 2 cores',
);
for (const r of rows) console.log(r);
for (const m of mixes) console.log(m);
cleanup();
if (failed) process.exitCode = 1;

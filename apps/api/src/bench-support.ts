import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@fazhi/config';

// What bench:api and bench:scale share: wrk (a load generator in C, from Debian) on loopback and the real
// server process over a database file.
const run = promisify(execFile);

export function ensureWrk(): void {
  if (spawnSync('wrk', ['--version']).error === undefined) return;
  console.log('wrk is not installed: installing it from Debian (apt-get install wrk) …');
  const apt = spawnSync(
    'sh',
    ['-c', 'apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk)'],
    { stdio: 'inherit' },
  );
  if (apt.status !== 0) throw new Error('wrk could not be installed; install it with: apt-get install wrk');
}

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

export interface Measured {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
}

/** A folder for wrk's script and path lists, removed by `cleanup`. */
export function wrkFolder(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-wrk-'));
  writeFileSync(path.join(dir, 'bench.lua'), SCRIPT);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** wrk against one server: random paths from the list, with the session cookie, for `seconds`. */
export async function measure(
  work: string,
  url: string,
  name: string,
  paths: string[],
  cookie: string,
  opts: { connections: number; seconds: number },
): Promise<Measured> {
  const list = path.join(work, `${name}.txt`);
  writeFileSync(list, `${paths.join('\n')}\n`);
  const { stdout } = await run(
    'wrk',
    ['-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '-s', path.join(work, 'bench.lua'), url],
    { env: { ...process.env, PATHS: list, COOKIE: cookie }, maxBuffer: 1 << 20 },
  );
  const m = /RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stdout);
  if (!m) throw new Error(`wrk printed no result:\n${stdout}`);
  return { rps: Number(m[1]) / Number(m[2]), p50: Number(m[3]), p95: Number(m[4]), errors: Number(m[5]) };
}

/** The real server process over this database file (or, given one, the PostgreSQL database), on a free loopback port. */
export function startServer(file: string, databaseUrl = ''): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DB_PATH: file, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: '0' },
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

export async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
}

/** Signs in through the API: the session cookie every measured request carries, and the token writes echo. */
export async function signIn(
  url: string,
  username: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('fazhi_session=')) throw new Error(`bench could not sign in: ${login.status}`);
  return { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

export const line = (name: string, m: Measured, ratio?: number) =>
  `${name.padEnd(48)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(2).padStart(7)} ms  p95 ${m.p95.toFixed(2).padStart(7)} ms` +
  (ratio === undefined ? '' : `  ratio ${ratio.toFixed(2)}`) +
  (m.errors > 0 ? `  (${m.errors} non-2xx!)` : '');

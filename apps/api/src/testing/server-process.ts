import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { openStore } from '@fazhi/db';
import { addAccount } from '@fazhi/service';

// The real server as a separate process (apps/api/src/server.ts under tsx, as `pnpm start` runs it), for
// tests and benches that measure it from outside: latency on loopback, peak memory from /proc.

export interface ServerProcess {
  url: string;
  pid: number;
  /** the first match of `pattern` in what the process prints on stdout, waiting up to 10 s for it */
  printed: (pattern: RegExp) => Promise<RegExpExecArray>;
  /** SIGTERM, then the exit code */
  stop: () => Promise<number | null>;
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')],
    {
      cwd: repoRoot,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', OPEN_READING: '', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('server process has no pid');
  return {
    url,
    pid,
    printed: async (pattern) => {
      for (const started = Date.now(); Date.now() - started < 10_000; ) {
        const m = pattern.exec(out);
        if (m) return m;
        await new Promise((wait) => setTimeout(wait, 20));
      }
      throw new Error(`the server did not print ${pattern}: ${out}`);
    },
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** An editor account in the database at `db`, created before the server opens it. */
export async function createEditor(db: string, username: string, password: string): Promise<void> {
  const store = openStore(db);
  try {
    await addAccount(store.db, { username, displayName: '上传测试', role: 'editor', password }, '测试');
  } finally {
    await store.close();
  }
}

/** Signs in through the real route; the headers a browser would then send with a write. */
export async function signIn(
  url: string,
  username: string,
  password: string,
): Promise<Record<string, string>> {
  const r = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  const cookie = /fazhi_session=[^;]+/.exec(r.headers.get('set-cookie') ?? '')?.[0];
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  if (!cookie) throw new Error('no session cookie');
  return { cookie, 'x-csrf-token': csrfToken };
}

/** The process's peak resident memory (VmHWM), in MB. */
export function peakMemoryMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmHWM for process ${pid}`);
  return Number(kb) / 1024;
}

export interface Upload {
  /** the server's answer for the file */
  outcome: { file: string; status: string; code: string | null; message: string | null; unit: string | null };
  uploadMs: number;
  /** how long each GET /api/health took while the upload was being processed, in order */
  healthMs: number[];
}

// GET /api/health one request at a time from a process of its own, so what is measured is the server
// and not this process's own work on the upload; one line per answer: status and milliseconds.
const POLLER = `
let stop = false;
process.on('SIGTERM', () => { stop = true; });
(async () => {
  while (!stop) {
    const started = performance.now();
    const r = await fetch(process.argv[1]);
    await r.arrayBuffer();
    process.stdout.write(r.status + ' ' + (performance.now() - started).toFixed(1) + '\\n');
    await new Promise((done) => setTimeout(done, 20));
  }
  process.exit(0);
})();
`;

/** Uploads one file as multipart while GET /api/health is asked again and again, until the answer. */
export async function uploadWhilePolling(
  url: string,
  headers: Record<string, string>,
  file: { name: string; bytes: Uint8Array },
): Promise<Upload> {
  const form = new FormData();
  // a copy on a plain ArrayBuffer: the DOM's Blob type (the e2e project compiles with it) refuses a shared one
  form.append('files', new Blob([new Uint8Array(file.bytes)]), file.name);
  const poller = spawn(process.execPath, ['-e', POLLER, `${url}/api/health`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => poller.once('exit', resolve));
  let out = '';
  const first = new Promise<void>((resolve) => {
    poller.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      resolve();
    });
  });
  await first;
  const before = out.split('\n').length - 1;
  const started = performance.now();
  try {
    const r = await fetch(`${url}/api/reports`, { method: 'POST', headers, body: form });
    const body = (await r.json()) as { outcomes?: Upload['outcome'][] };
    const outcome = body.outcomes?.[0];
    if (r.status !== 200 || !outcome) throw new Error(`upload answered ${r.status}: ${JSON.stringify(body)}`);
    const uploadMs = performance.now() - started;
    poller.kill('SIGTERM');
    await exited;
    const answers = out
      .trim()
      .split('\n')
      .slice(before)
      .map((l) => l.split(' '));
    const failed = answers.find(([status]) => status !== '200');
    if (failed) throw new Error(`/api/health answered ${failed[0]}`);
    return { outcome, uploadMs, healthMs: answers.map(([, ms]) => Number(ms)) };
  } finally {
    poller.kill('SIGTERM');
  }
}

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { onTestFinished } from 'vitest';

export interface ServerProcess {
  url: string;
  /** everything the server printed so far */
  output: () => string;
  /** resolves with the exit code once the process ended (on its own or after stop) */
  exited: Promise<number | null>;
  stop: () => Promise<number | null>;
}

/**
 * The real server process (apps/api/src/server.ts) on a free loopback port over DB_PATH; rejects with what
 * it printed when it exits before listening. Call it inside a test: it is killed when the test ends, even
 * when the test failed before stopping it.
 */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', OPEN_READING: '', ...env },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    const onData = () => {
      const m = /LISTENING (http:\/\/\S+)/.exec(out);
      if (!m?.[1]) return;
      child.stdout.off('data', onData);
      const stop = () => {
        if (child.exitCode === null) child.kill('SIGTERM');
        return exited;
      };
      resolve({ url: m[1], output: () => out, exited, stop });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
  });
}

/**
 * What `pnpm -s <script> …` runs, without pnpm's own start-up (about a second a call on this machine): node
 * with tsx's loader on the entry of the root package.json script, which must be a plain `tsx <entry>`.
 * Spawn it from the repository root with INIT_CWD set to the user's directory, as pnpm does (the commands
 * resolve the paths they are given against INIT_CWD).
 */
export function scriptArgv([script, ...args]: string[]): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const entry = /^tsx (\S+\.ts)$/.exec(scripts[script ?? ''] ?? '')?.[1];
  if (!entry) throw new Error(`pnpm ${script} is not a plain "tsx <entry>" script: ${scripts[script ?? '']}`);
  return ['--import', 'tsx', path.join(repoRoot, entry), ...args];
}

/** `pnpm -s <args>` through scriptArgv, run from `cwd`, without blocking the test's event loop. */
export function runScript(
  args: string[],
  env: Record<string, string>,
  cwd = repoRoot,
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, scriptArgv(args), {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...env, INIT_CWD: cwd },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

/** Signs in through POST /api/session; the headers to send with writes as that account. */
export { signIn } from '@fazhi/api/testing/server';

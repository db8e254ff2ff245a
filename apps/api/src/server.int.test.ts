import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { afterAll, describe, expect, test } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server process', () => {
  test('listens on HOST and PORT over the database at DB_PATH, and stops on SIGTERM', async () => {
    const db = path.join(dir, 'server.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')],
      {
        cwd: repoRoot,
        env: { ...process.env, DB_PATH: db, HOST: '127.0.0.1', PORT: '0', OPEN_READING: '' },
      },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /LISTENING (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // reading needs a sign-in unless OPEN_READING is set
    const years = await fetch(`${url}/api/years`);
    expect(years.status).toBe(401);
    expect(((await years.json()) as { message: string }).message).toContain('请先登录');
    const session = await fetch(`${url}/api/session`);
    expect(await session.json()).toEqual({
      user: null,
      csrfToken: null,
      openReading: false,
      hasAccounts: false,
      readOnly: null,
    });
    const home = await fetch(`${url}/`);
    expect(await home.text()).toContain('法治指标看板');
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 30_000);
});

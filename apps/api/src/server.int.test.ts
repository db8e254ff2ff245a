import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { afterAll, describe, expect, test } from 'vitest';
import { startServer } from './testing/server-process.ts';

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

  test('without accounts it prints a one-time setup code and where to use it; a restart prints a new one', async () => {
    const db = path.join(dir, 'first-run.db');
    const line =
      /首次设置：在浏览器中打开 (http:\/\/\S+)\/setup ，输入设置码 ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}) ，/;
    const first = await startServer({ DB_PATH: db });
    const [, address, code] = await first.printed(line);
    expect(address).toBe(first.url);
    expect(await first.stop()).toBe(0);
    // still no account: the code of the last run is gone with its process, and a new one is printed
    const second = await startServer({ DB_PATH: db });
    const [, , again] = await second.printed(line);
    expect(again).not.toBe(code);
    const stale = await fetch(`${second.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code,
        username: 'wang',
        displayName: '王主任',
        password: 'lantern-oak-river-7',
      }),
    });
    expect(stale.status).toBe(401);
    const made = await fetch(`${second.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code: again,
        username: 'wang',
        displayName: '王主任',
        password: 'lantern-oak-river-7',
      }),
    });
    expect(made.status).toBe(200);
    expect(await second.stop()).toBe(0);
    // with an administrator, a start prints no code
    const third = await startServer({ DB_PATH: db });
    // the setup lines would come before the last line: the leftmost match is the one printed first
    const [printed] = await third.printed(/设置码|在浏览器中打开看板|看板尚未构建/);
    expect(printed).not.toBe('设置码');
    expect(await third.stop()).toBe(0);
  }, 60_000);
});

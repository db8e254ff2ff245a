import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { ensureCounty, openStore, userByName } from '@fazhi/db';
import { verifyPassword } from '@fazhi/service';
import { afterAll, describe, expect, test } from 'vitest';
import { scriptArgv } from './testing/processes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'user-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = path.join(dir, 'users.db');

/** `pnpm -s user:add <args>` run from `dir`, through the script's entry without pnpm (see scriptArgv). */
function userAdd(args: string[], password: string) {
  const r = spawnSync(process.execPath, scriptArgv(['user:add', ...args]), {
    cwd: repoRoot,
    input: `${password}\n`,
    encoding: 'utf8',
    env: { ...process.env, DB_PATH: db, NO_COLOR: '1', INIT_CWD: dir },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function account(name: string) {
  const store = openStore(db);
  try {
    return await userByName(store.db, name);
  } finally {
    await store.close();
  }
}

describe('pnpm user:add', () => {
  test('creates the first admin with a hashed password', async () => {
    const r = userAdd(['boss', '--admin', '--name', '王主任'], 'first-admin-pw');
    expect(r.err).toBe('');
    expect(r.out).toContain('已创建账户 boss（王主任），角色：管理员，地区：全部地区');
    const u = await account('boss');
    expect(u?.role).toBe('admin');
    expect(u?.passwordHash).not.toContain('first-admin-pw');
    expect(await verifyPassword('first-admin-pw', u?.passwordHash ?? '')).toBe(true);
  });

  test.each([
    [['boss', '--admin'], 'another-password', '账户“boss”已存在；要重设其密码与角色，请加 --reset'],
    [['zhang', '--editor'], 'short', '密码至少 10 位'],
    [['zhang', '--editor'], '12345678901', '密码是键盘或字母表上连续的一串，容易被猜中'],
    [['zhang', '--editor', '--admin'], 'long-enough-pw', '用法：pnpm user:add'],
    [['bad name!', '--viewer'], 'long-enough-pw', '用户名为 2–40 位英文字母、数字或 _ . -'],
    [['li', '--viewer', '--region', '无此县'], 'long-enough-pw', '没有地区“无此县”'],
  ])('refuses %j with a message and exit code 2', (args, pw, message) => {
    const r = userAdd(args, pw);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  test('resets a password and role with --reset, keeping the name', async () => {
    const r = userAdd(['boss', '--editor', '--reset'], 'second-pw-123');
    expect(r.out).toContain('已重设账户 boss（王主任），角色：编辑，地区：全部地区');
    expect(await verifyPassword('second-pw-123', (await account('boss'))?.passwordHash ?? '')).toBe(true);
  });

  test('gives an account a region by its name with --region', async () => {
    const store = openStore(db);
    await ensureCounty(store.db, { county: '沈丘县', city: '周口市', province: '河南' });
    await store.close();
    const r = userAdd(['shenqiu', '--editor', '--region', '沈丘县'], 'county-clerk-pw-7');
    expect(r.err).toBe('');
    expect(r.out).toContain('已创建账户 shenqiu（shenqiu），角色：编辑，地区：沈丘县');
    expect((await account('shenqiu'))?.regionId).not.toBeNull();
  });
});

import { countUsers } from '@fazhi/db';
import { addAccount } from '@fazhi/service';
import { afterEach, describe, expect, test } from 'vitest';
import { firstRunApp, type TestApp } from './testing/app.ts';

// POST /api/setup: the code the server printed at start creates the first administrator, once.
const CODE = '7KQ4-M2XD-9HFR';
const admin = { username: 'wang', displayName: '王主任', password: 'lantern-oak-river-7' };

let t: TestApp;
afterEach(() => t.dispose());

const setup = (body: object, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/setup', remoteAddress, payload: body });

describe('first run', () => {
  test.each([
    ['without the code', { ...admin }, 400, /请输入设置码/],
    ['with an empty code', { ...admin, code: '  ' }, 400, /请输入设置码/],
    ['with a wrong code', { ...admin, code: 'AAAA-BBBB-CCCC' }, 401, /设置码不正确/],
    ['with a code one character off', { ...admin, code: '7KQ4-M2XD-9HFS' }, 401, /设置码不正确/],
  ])('refuses to create the first administrator %s, and creates nobody', async (_, body, status, message) => {
    t = await firstRunApp(CODE);
    const r = await setup(body);
    expect(r.statusCode, r.body).toBe(status);
    expect(r.json().message).toMatch(message);
    expect(await countUsers(t.store.db)).toBe(0);
  });

  test.each([
    ['as printed', CODE],
    ['in lower case, without dashes, with spaces around', '  7kq4m2xd9hfr '],
  ])('creates the first administrator with the right code %s and signs them in', async (_, code) => {
    t = await firstRunApp(CODE);
    const r = await setup({ ...admin, code });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      // no region: the first administrator has the whole installation
      user: { username: 'wang', displayName: '王主任', role: 'admin', regionId: null },
      hasAccounts: true,
    });
    const cookie = r.cookies.find((c) => c.name === 'fazhi_session');
    const users = await t.app.inject({
      url: '/api/users',
      headers: { cookie: `fazhi_session=${cookie?.value}` },
    });
    expect(users.statusCode).toBe(200);
    expect(users.json().users).toMatchObject([
      { username: 'wang', role: 'admin', disabled: false, region: null },
    ]);
  });

  test('refuses the right code once an account exists (here made by pnpm user:add), creating nobody', async () => {
    t = await firstRunApp(CODE);
    await addAccount(t.store.db, { ...admin, role: 'viewer' }, '命令行 user:add');
    const r = await setup({ ...admin, username: 'li', code: CODE });
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json()).toEqual({ error: 'already_set_up', message: expect.stringMatching(/首次设置已完成/) });
    expect(await countUsers(t.store.db)).toBe(1);
  });

  test('the code works once: a second administrator cannot be made with it', async () => {
    t = await firstRunApp(CODE);
    expect((await setup({ ...admin, code: CODE })).statusCode).toBe(200);
    const again = await setup({ ...admin, username: 'li', code: CODE });
    expect(again.statusCode, again.body).toBe(409);
    expect(await countUsers(t.store.db)).toBe(1);
  });

  test('two requests at once with the right code make one administrator', async () => {
    t = await firstRunApp(CODE);
    const answers = await Promise.all([
      setup({ ...admin, code: CODE }),
      setup({ ...admin, username: 'li', code: CODE }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401]);
    expect(await countUsers(t.store.db)).toBe(1);
  });

  test.each([
    ['a common password', { ...admin, password: 'password123' }, /最常见的密码/],
    ['a password with the username in it', { ...admin, password: 'wang-wang-lantern' }, /不能包含用户名/],
    ['a username against the rule', { ...admin, username: '王主任' }, /用户名为 2–40 位/],
  ])('refuses %s as user:add does, and keeps the code for the next try', async (_, body, message) => {
    t = await firstRunApp(CODE);
    const r = await setup({ ...body, code: CODE });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().message).toMatch(message);
    expect((await setup({ ...admin, code: CODE })).statusCode).toBe(200);
  });

  test('wrong codes are limited like sign-ins: after five from anywhere, even the right code must wait', async () => {
    t = await firstRunApp(CODE);
    for (let i = 0; i < 5; i++) {
      expect((await setup({ ...admin, code: `WRONG-${i}` }, `10.0.0.${i}`)).statusCode).toBe(401);
    }
    const blocked = await setup({ ...admin, code: CODE }, '10.0.9.9');
    expect(blocked.statusCode, blocked.body).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().message).toMatch(/设置码错误次数过多，请 \d+ (秒|分钟)后再试/);
    expect(await countUsers(t.store.db)).toBe(0);
  });

  test('a server that started with accounts printed no code: first run stays closed', async () => {
    t = await firstRunApp(null);
    const r = await setup({ ...admin, code: CODE });
    expect(r.statusCode, r.body).toBe(401);
    expect(await countUsers(t.store.db)).toBe(0);
  });

  test('signing in before any account exists points to the first-run page', async () => {
    t = await firstRunApp(CODE);
    const r = await t.app.inject({ method: 'POST', url: '/api/session', payload: admin });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toMatchObject({ error: 'no_accounts', message: expect.stringContaining('/setup') });
  });
});

import { sessions } from '@fazhi/db';
import { allows } from '@fazhi/service';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, getJson, multipart, signInAs, type TestApp, testApp } from './testing/app.ts';

// Every route × every kind of caller: refused or allowed exactly as its access says.
type Access = 'public' | 'read' | 'user' | 'editor' | 'admin';
type Caller = 'none' | 'viewer' | 'editor' | 'admin';
const CALLERS: Caller[] = ['none', 'viewer', 'editor', 'admin'];

let t: TestApp;
const who: Partial<Record<Caller, Credentials>> = {};
let ids: { fact: number; report: number; year: number; unit: number; other: number };

beforeAll(async () => {
  t = await testApp({ openReading: false });
  for (const role of ['viewer', 'editor', 'admin'] as const) who[role] = await signInAs(t, role);
  const admin = who.admin?.headers ?? {};
  const units = (
    await t.app.inject({ url: encodeURI('/api/units?county=示例县'), headers: admin })
  ).json() as {
    units: { id: number; name: string }[];
  };
  const [unit, other] = units.units;
  const profile = (await t.app.inject({ url: `/api/units/${unit?.id}`, headers: admin })).json() as {
    reports: { id: number; year: number }[];
  };
  const report = profile.reports[0]?.id ?? -1;
  const year = profile.reports[0]?.year ?? -1;
  const rep = (await t.app.inject({ url: `/api/reports/${report}`, headers: admin })).json() as {
    facts: { id: number }[];
  };
  ids = { fact: rep.facts[0]?.id ?? -1, report, year, unit: unit?.id ?? -1, other: other?.id ?? -1 };
}, 60_000);
afterAll(() => t.dispose());

interface Route {
  access: Access;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: () => string;
  /** a request that passes validation; n tells callers apart where a write must be unique */
  body?: (n: number) => unknown;
  files?: { name: string; content: string }[];
}

const C = encodeURIComponent('示例县');
const ROUTES: Route[] = [
  { access: 'public', method: 'GET', url: () => '/api/session' },
  { access: 'public', method: 'GET', url: () => '/api/health' },
  { access: 'public', method: 'GET', url: () => '/' },
  { access: 'read', method: 'GET', url: () => '/api/regions' },
  { access: 'read', method: 'GET', url: () => '/api/units' },
  { access: 'read', method: 'GET', url: () => '/api/indicators' },
  { access: 'read', method: 'GET', url: () => `/api/years?county=${C}` },
  { access: 'read', method: 'GET', url: () => `/api/overview?county=${C}` },
  { access: 'read', method: 'GET', url: () => `/api/compare?county=${C}` },
  { access: 'read', method: 'GET', url: () => `/api/ranking?county=${C}&indicator=pub.events&year=2023` },
  {
    access: 'read',
    method: 'GET',
    url: () => `/api/ranking.xlsx?county=${C}&indicator=pub.events&year=2023`,
  },
  { access: 'read', method: 'GET', url: () => `/api/compare.csv?county=${C}` },
  { access: 'read', method: 'GET', url: () => `/api/units/${ids.unit}` },
  { access: 'read', method: 'GET', url: () => `/api/reports/${ids.report}` },
  { access: 'read', method: 'GET', url: () => `/api/facts/${ids.fact}` },
  { access: 'read', method: 'GET', url: () => `/api/completeness?county=${C}` },
  { access: 'read', method: 'GET', url: () => `/api/briefing?county=${C}&year=2023` },
  { access: 'editor', method: 'GET', url: () => `/api/review?county=${C}` },
  {
    access: 'editor',
    method: 'PATCH',
    url: () => `/api/facts/${ids.fact}`,
    body: () => ({ action: 'confirm' }),
  },
  {
    access: 'editor',
    method: 'POST',
    url: () => '/api/facts',
    body: (n) => ({ reportId: ids.report, key: 'pub.events', year: 2023, value: n, evidence: `测试${n}` }),
  },
  {
    access: 'editor',
    method: 'POST',
    url: () => `/api/reports?county=${encodeURIComponent('云岭县')}`,
    files: [{ name: 'a.txt', content: '石桥镇2023年度法治政府建设情况报告\n开展普法宣传活动22场。' }],
  },
  {
    access: 'editor',
    method: 'POST',
    url: () => `/api/units/${ids.unit}/county`,
    body: () => ({ county: '示例县' }),
  },
  { access: 'admin', method: 'GET', url: () => '/api/users' },
  {
    access: 'admin',
    method: 'POST',
    url: () => '/api/users',
    body: (n) => ({ username: `new${n}`, displayName: '新人', role: 'viewer', password: 'a-long-password' }),
  },
  { access: 'admin', method: 'PATCH', url: () => '/api/users/1', body: () => ({ displayName: '改名' }) },
  {
    access: 'admin',
    method: 'PATCH',
    url: () => `/api/units/${ids.unit}`,
    body: (n) => ({ population: 1000 + n }),
  },
  {
    access: 'admin',
    method: 'POST',
    url: () => `/api/units/${ids.unit}/merge`,
    body: () => ({ from: ids.other }),
  },
  {
    access: 'admin',
    method: 'POST',
    url: () => `/api/units/attributes?county=${C}`,
    files: [{ name: 'p.csv', content: '单位,人口\n无此镇,100\n' }],
  },
  {
    access: 'admin',
    method: 'POST',
    url: () => '/api/regions',
    body: (n) => ({ name: `${'甲乙丙丁'[n]}测县` }),
  },
  { access: 'editor', method: 'GET', url: () => '/api/audit' },
  { access: 'read', method: 'GET', url: () => `/api/submissions?county=${C}&year=2023` },
  {
    access: 'editor',
    method: 'PUT',
    url: () => `/api/submissions/${ids.unit}/${ids.year}`,
    body: (n) => ({ receivedOn: `${ids.year + 1}-02-1${n}` }),
  },
  { access: 'read', method: 'GET', url: () => '/api/deadlines/2023' },
  { access: 'read', method: 'GET', url: () => `/api/compliance?county=${C}&year=2023` },
  { access: 'read', method: 'GET', url: () => `/api/compliance.xlsx?county=${C}&year=2023` },
  { access: 'read', method: 'GET', url: () => `/api/reports/${ids.report}/reuse?against=${ids.report + 1}` },
  {
    access: 'admin',
    method: 'PUT',
    url: () => '/api/deadlines/2023',
    body: () => ({ reportBy: '2024-03-01', publishBy: '2024-04-01' }),
  },
];

function send(r: Route, caller: Caller, n: number, opts: { csrf?: string | null } = {}) {
  const cred = caller === 'none' ? undefined : who[caller];
  const headers: Record<string, string> = cred ? { cookie: cred.headers.cookie } : {};
  const csrf = opts.csrf === undefined ? cred?.headers['x-csrf-token'] : opts.csrf;
  if (csrf) headers['x-csrf-token'] = csrf;
  if (r.files) return t.app.inject({ method: r.method, url: r.url(), ...multipart(r.files, headers) });
  return t.app.inject({
    method: r.method,
    url: r.url(),
    headers,
    ...(r.body ? { payload: r.body(n) as object } : {}),
  });
}

describe('routes × roles', () => {
  const cases = ROUTES.flatMap((r) => CALLERS.map((c, n) => ({ r, c, n })));
  test.each(cases)('$r.method $r.access route by $c', async ({ r, c, n }) => {
    const res = await send(r, c, n);
    const allowed = allows(c === 'none' ? null : c, r.access, false);
    if (allowed) {
      expect([401, 403], `${r.method} ${r.url()} by ${c}: ${res.body}`).not.toContain(res.statusCode);
      expect(res.statusCode).toBeLessThan(500);
    } else {
      expect(res.statusCode, res.body).toBe(c === 'none' ? 401 : 403);
      expect(res.json().message).toMatch(c === 'none' ? /请先登录/ : /需要“(编辑|管理员)”权限/);
    }
  });

  test('the matrix covers every route the API documents', async () => {
    const doc = (await t.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, object> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{\w+\}/g, '{id}')}`),
    );
    const template = (r: Route) => `${r.method} ${r.url().split('?')[0]?.replace(/\/\d+/g, '/{id}')}`;
    const covered = new Set([
      ...ROUTES.map(template),
      'DELETE /api/session',
      'POST /api/session',
      'POST /api/setup', // public, for first run: setup.test.ts
    ]);
    const exports = /\.(xlsx|csv|pdf)$/;
    expect(documented.length).toBeGreaterThan(25);
    expect(documented.filter((d) => !covered.has(d) && !exports.test(d))).toEqual([]);
  });
});

describe('CSRF, expiry and sign-in limits', () => {
  const writes = ROUTES.filter((r) => r.method !== 'GET');
  test.each(writes)('refuses $r.method $url without the CSRF token, and with a wrong one', async (r) => {
    const caller = r.access === 'admin' ? 'admin' : 'editor';
    for (const csrf of [null, 'forged-token']) {
      const res = await send(r, caller, 9, { csrf });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ error: 'csrf' });
    }
  });

  test('refuses an expired session and clears its cookie', async () => {
    const gone = await signInAs(t, 'editor');
    await t.store.db.update(sessions).set({ expiresAt: '2000-01-01T00:00:00.000Z' });
    const res = await t.app.inject({ url: '/api/regions', headers: gone.headers });
    expect(res.statusCode).toBe(401);
    expect(res.cookies.find((c) => c.name === 'fazhi_session')?.value).toBe('');
    for (const role of ['viewer', 'editor', 'admin'] as const) who[role] = await signInAs(t, role);
  });

  test('signing out ends the session', async () => {
    const me = await signInAs(t, 'viewer');
    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: me.headers });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/regions', headers: me.headers })).statusCode).toBe(401);
  });

  test('rotating addresses gives no free guesses: after five failures on an account, each attempt waits', async () => {
    const me = await signInAs(t, 'viewer', { username: 'limited' });
    const login = (password: string, ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress: ip,
        payload: { username: 'limited', password },
      });
    for (let i = 0; i < 5; i++) expect((await login('wrong-password', `10.0.1.${i}`)).statusCode).toBe(401);
    const blocked = await login(me.password, '10.0.2.99');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().message).toMatch(/登录失败次数过多，请 \d+ (秒|分钟)后再试/);
  });

  // about 30 password hashes (scrypt, 32 MB each): 5 s on an idle 2-core machine, over 15 s on a busy one
  test('one proxy address for the whole office: an attack from it does not shut out a browser that signed in before', async () => {
    const owner = await signInAs(t, 'editor', { username: 'office-owner' });
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: '192.168.9.1',
      payload: { username: 'office-owner', password: owner.password },
    });
    const device = first.cookies.find((c) => c.name === 'fazhi_device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/session' });
    // someone behind the same proxy guesses at many accounts, this one among them
    for (let i = 0; i < 25; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress: '192.168.9.1',
        payload: { username: i % 2 ? 'office-owner' : `guess${i}`, password: `guess-${i}-password` },
      });
    }
    const stranger = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: '192.168.9.1',
      payload: { username: 'office-owner', password: owner.password },
    });
    expect(stranger.statusCode).toBe(429);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: '192.168.9.1',
      cookies: { fazhi_device: device?.value ?? '' },
      payload: { username: 'office-owner', password: owner.password },
    });
    expect(again.statusCode).toBe(200);
  }, 60_000);

  test.each([
    ['12345678', '密码至少 10 位'],
    ['password', '密码至少 10 位'],
    ['        ', '密码至少 10 位'],
    ['          ', '密码不能全是空格'],
    ['1234567890', '连续的一串'],
    ['password123', '最常见的密码'],
  ])('refuses the password %j for a new account, saying why', async (password, why) => {
    const admin = await signInAs(t, 'admin');
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: {
        username: `pw${password.length}${why.length}`,
        displayName: '新人',
        role: 'viewer',
        password,
      },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain(why);
  });

  test('says why a sign-in failed without telling which part was wrong', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('用户名或密码不正确');
  });

  test('a disabled account loses its sessions at once', async () => {
    const me = await signInAs(t, 'editor', { username: 'leaving' });
    const list = (await getJson<{ users: { id: number; username: string }[] }>(t.app, '/api/users')).body;
    expect(list).toMatchObject({ error: 'unauthenticated' });
    const users = (await t.app.inject({ url: '/api/users', headers: who.admin?.headers })).json() as {
      users: { id: number; username: string }[];
    };
    const id = users.users.find((u) => u.username === 'leaving')?.id;
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: who.admin?.headers,
      payload: { disabled: true },
    });
    expect(off.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/regions', headers: me.headers })).statusCode).toBe(401);
  });

  test('sends security headers and a strict session cookie', async () => {
    const page = await t.app.inject({ url: '/' });
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const me = await signInAs(t, 'viewer');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: me.username, password: me.password },
    });
    const cookie = res.cookies.find((c) => c.name === 'fazhi_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });
});

describe('the briefing PDF', () => {
  test('is read access like the page it prints: refused without a session', async () => {
    const res = await t.app.inject({ url: `/api/briefing.pdf?county=${C}&year=2023` });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/请先登录/);
  });
});

describe('open reading', () => {
  let open: TestApp;
  beforeAll(async () => {
    open = await testApp({ openReading: true });
  }, 60_000);
  afterAll(() => open.dispose());

  test('shows anonymous readers who changed a figure by display name only, staff by name and login', async () => {
    const editor = await signInAs(open, 'editor', { username: 'zhao-login', displayName: '赵科员' });
    const queue = await open.app.inject({ url: '/api/review?limit=1', headers: editor.headers });
    const id = (queue.json().items as { fact: { id: number } }[])[0]?.fact.id ?? -1;
    const fix = await open.app.inject({
      method: 'PATCH',
      url: `/api/facts/${id}`,
      headers: editor.headers,
      payload: { action: 'correct', value: 7, reason: '台账' },
    });
    expect(fix.json()).toMatchObject({ status: 'corrected' });
    const anonymous = (await open.app.inject({ url: `/api/facts/${id}` })).json();
    expect(anonymous.audit.map((a: { actor: string }) => a.actor)).toEqual(['赵科员']);
    expect(JSON.stringify(anonymous)).not.toContain('zhao-login');
    const staff = (await open.app.inject({ url: `/api/facts/${id}`, headers: editor.headers })).json();
    expect(staff.audit.map((a: { actor: string }) => a.actor)).toEqual(['赵科员（zhao-login）']);
  });

  test('lets anyone read but still refuses writes without an account', async () => {
    expect((await open.app.inject({ url: encodeURI('/api/compare?county=示例县') })).statusCode).toBe(200);
    const write = await open.app.inject({
      method: 'PATCH',
      url: '/api/facts/1',
      payload: { action: 'confirm' },
    });
    expect(write.statusCode).toBe(401);
    const session = (await open.app.inject({ url: '/api/session' })).json();
    expect(session).toMatchObject({ user: null, openReading: true });
  });
});

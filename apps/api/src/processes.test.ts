import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { secondProcess, signInAs, type TestApp, testApp } from './testing/app.ts';

// Two API processes over one database (here two apps, each with its own connection and memory): sign-ins,
// failed sign-ins and the data version live in the database, so either process answers the same.
let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  a = await testApp({ openReading: false });
  b = await secondProcess(a, { openReading: false });
}, 120_000);
afterAll(async () => {
  await b.dispose();
  await a.dispose();
});

const signInTo = (t: TestApp, username: string, password: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: ip, payload: { username, password } });

describe('state shared by the API processes of one database', () => {
  test('a sign-in made through one process is valid in the other, and signing out in the other ends it', async () => {
    const me = await signInAs(a, 'viewer');
    expect((await b.app.inject({ url: '/api/regions', headers: me.headers })).statusCode).toBe(200);
    const out = await b.app.inject({ method: 'DELETE', url: '/api/session', headers: me.headers });
    expect(out.statusCode).toBe(200);
    expect((await a.app.inject({ url: '/api/regions', headers: me.headers })).statusCode).toBe(401);
  });

  test('failed sign-ins counted by one process make the next attempt through the other wait', async () => {
    const me = await signInAs(a, 'viewer', { username: 'guessed-at' });
    for (let i = 0; i < 5; i++) {
      const via = i % 2 ? a : b;
      expect((await signInTo(via, 'guessed-at', 'wrong-password', `10.7.0.${i}`)).statusCode).toBe(401);
    }
    for (const via of [a, b]) {
      const blocked = await signInTo(via, 'guessed-at', me.password, '10.7.1.1');
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.json().message).toMatch(/登录失败次数过多/);
    }
  });

  test('a correction made through one process is in the other’s next answer, though it had cached it', async () => {
    const editor = await signInAs(a, 'editor');
    const url = encodeURI('/api/compare?county=沈丘县&indicators=dispute.cases&years=2023');
    type Compare = { cells: { key: string; value: number; status: string; factIds: number[] }[] };
    const before = await b.app.inject({ url, headers: editor.headers });
    const cell = (before.json() as Compare).cells.find((c) => c.key === 'dispute.cases');
    const factId = cell?.factIds[0];
    expect(factId).toBeDefined();
    const fixed = await a.app.inject({
      method: 'PATCH',
      url: `/api/facts/${factId}`,
      headers: editor.headers,
      payload: { action: 'correct', value: (cell?.value ?? 0) + 7, reason: '台账核实' },
    });
    expect(fixed.statusCode).toBe(200);
    const after = await b.app.inject({ url, headers: editor.headers });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((after.json() as Compare).cells).toContainEqual(
      expect.objectContaining({ value: (cell?.value ?? 0) + 7, status: 'corrected', factIds: [factId] }),
    );
  });
});

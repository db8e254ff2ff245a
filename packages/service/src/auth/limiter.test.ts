import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '@fazhi/db';
import { afterAll, describe, expect, test } from 'vitest';
import { deviceToken, trustedDevice } from './device.ts';
import { DEFAULT_RULES, type LimiterRules, loginLimiter } from './limiter.ts';
import { allows } from './roles.ts';

const at = (username: string, ip: string, device: string | null = null) => ({ username, ip, device });
const rules = {
  ...DEFAULT_RULES,
  freeFailures: 3,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  perAddress: 5,
  perDevice: 4,
};

// the limiter's failures are kept in a real SQLite file, as the server keeps them
const dir = mkdtempSync(path.join(tmpdir(), 'limiter-'));
const stores: Store[] = [];
let files = 0;
function limiterOn(r: LimiterRules) {
  const store = openStore(path.join(dir, `${++files}.db`));
  stores.push(store);
  return loginLimiter(store.db, r);
}
afterAll(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LoginLimiter', () => {
  test('lets the first failures through, then makes each attempt on the account wait twice as long', async () => {
    const l = limiterOn(rules);
    let now = 0;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      // each attempt from a new address: only the account's count can slow the guessing down
      const a = at('zhang', `10.0.0.${i}`);
      const wait = await l.waitMs(a, now);
      waits.push(wait);
      now += wait;
      await l.fail(a, now);
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 8000]);
    expect(await l.waitMs(at('zhang', '1.2.3.4'), now)).toBe(8000);
    expect(await l.waitMs(at('Zhang ', '1.2.3.4'), now)).toBe(8000);
    expect(await l.waitMs(at('li', '1.2.3.4'), now)).toBe(0);
  });

  test.each([
    [3, 1000],
    [4, 2000],
    [5, 4000],
    [6, 8000],
    [9, 8000],
  ])('after %i failures on one account the next attempt waits %i ms', async (failures, wait) => {
    const l = limiterOn(rules);
    for (let i = 0; i < failures; i++) await l.fail(at('zhang', `10.0.${i}.1`), 100);
    expect(await l.waitMs(at('zhang', '10.9.9.9'), 100)).toBe(wait);
  });

  test('limits one address trying many accounts, and only that address', async () => {
    const l = limiterOn(rules);
    for (const u of ['a', 'b', 'c', 'd', 'e']) await l.fail(at(u, '2.2.2.2'), 0);
    expect(await l.waitMs(at('f', '2.2.2.2'), 10)).toBe(rules.windowMs - 10);
    expect(await l.waitMs(at('f', '3.3.3.3'), 10)).toBe(0);
  });

  test('a trusted browser is not shut out by an attack on its account or from its proxy address', async () => {
    const l = limiterOn(rules);
    // the whole office signs in through one proxy address; someone there guesses at zhang
    for (let i = 0; i < 30; i++) await l.fail(at(i % 2 ? 'zhang' : `x${i}`, '192.168.1.1'), i);
    expect(await l.waitMs(at('zhang', '192.168.1.1'), 40)).toBeGreaterThan(0);
    expect(await l.waitMs(at('zhang', '192.168.1.1', 'zhang-laptop'), 40)).toBe(0);
    // the trusted browser has a limit of its own
    for (let i = 0; i < 4; i++) await l.fail(at('zhang', '192.168.1.1', 'zhang-laptop'), 50);
    expect(await l.waitMs(at('zhang', '192.168.1.1', 'zhang-laptop'), 60)).toBeGreaterThan(0);
  });

  test('a success starts the account’s count again, the address keeps its count', async () => {
    const l = limiterOn(rules);
    for (let i = 0; i < 3; i++) await l.fail(at('zhang', '4.4.4.4'), 0);
    await l.succeed(at('zhang', '4.4.4.4'));
    expect(await l.waitMs(at('zhang', '5.5.5.5'), 1)).toBe(0);
    for (let i = 0; i < 2; i++) await l.fail(at(`y${i}`, '4.4.4.4'), 2);
    expect(await l.waitMs(at('other', '4.4.4.4'), 3)).toBeGreaterThan(0);
  });
});

describe('device cookies', () => {
  const user = { id: 7, passwordHash: 'scrypt$1$2$3$salt$hash' };
  const now = new Date('2025-03-01T08:00:00Z');
  test('a browser’s own cookie is trusted for its account', () => {
    expect(trustedDevice(deviceToken(user, now), user, now)).toMatch(/^[\w-]{43}$/);
  });
  test.each([
    ['another account', deviceToken(user, now), { ...user, id: 8 }, now],
    ['a changed password', deviceToken(user, now), { ...user, passwordHash: 'scrypt$new' }, now],
    ['a forged signature', `7.${Math.floor(now.getTime() / 1000)}.${'A'.repeat(43)}`, user, now],
    ['an expired cookie', deviceToken(user, now), user, new Date(now.getTime() + 181 * 86_400_000)],
    ['garbage', 'not-a-cookie', user, now],
  ])('is not trusted for %s', (_, token, who, when) => {
    expect(trustedDevice(token, who, when)).toBeNull();
  });
});

describe('allows', () => {
  test.each([
    [null, 'public', false, true],
    [null, 'read', false, false],
    [null, 'read', true, true],
    ['viewer', 'read', false, true],
    ['viewer', 'editor', true, false],
    ['editor', 'editor', false, true],
    ['editor', 'admin', false, false],
    ['admin', 'editor', false, true],
    [null, 'editor', true, false],
  ] as const)('role %s on %s (open reading %s) → %s', (role, access, open, expected) => {
    expect(allows(role, access, open)).toBe(expected);
  });
});

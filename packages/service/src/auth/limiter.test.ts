import { describe, expect, test } from 'vitest';
import { LoginLimiter } from './limiter.ts';
import { allows } from './roles.ts';

describe('LoginLimiter', () => {
  test('refuses the sixth attempt on one account after five failures, until the window passes', () => {
    const l = new LoginLimiter(5, 20, 60_000);
    for (let i = 0; i < 5; i++) {
      expect(l.retryAfter('zhang', '1.1.1.1', 1000 + i)).toBe(0);
      l.fail('zhang', '1.1.1.1', 1000 + i);
    }
    expect(l.retryAfter('zhang', '1.1.1.1', 2000)).toBe(59);
    expect(l.retryAfter('Zhang', '1.1.1.1', 2000)).toBe(59);
    expect(l.retryAfter('li', '1.1.1.1', 2000)).toBe(0);
    expect(l.retryAfter('zhang', '1.1.1.1', 61_001)).toBe(0);
  });

  test('limits one address trying many accounts', () => {
    const l = new LoginLimiter(5, 3, 60_000);
    for (const u of ['a', 'b', 'c']) l.fail(u, '2.2.2.2', 0);
    expect(l.retryAfter('d', '2.2.2.2', 10)).toBeGreaterThan(0);
    expect(l.retryAfter('d', '3.3.3.3', 10)).toBe(0);
  });

  test('a success clears the account count', () => {
    const l = new LoginLimiter(2, 20, 60_000);
    l.fail('zhang', 'x', 0);
    l.succeed('zhang', 'x');
    l.fail('zhang', 'x', 1);
    expect(l.retryAfter('zhang', 'x', 2)).toBe(0);
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

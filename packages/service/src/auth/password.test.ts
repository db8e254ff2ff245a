import { describe, expect, test } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';

describe('passwords', () => {
  test('verifies the password it hashed, and nothing else', async () => {
    const stored = await hashPassword('县法治办2024');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('县法治办2024', stored)).toBe(true);
    expect(await verifyPassword('县法治办2025', stored)).toBe(false);
  });

  test('salts every hash, so equal passwords hash apart', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  test('refuses a stored value that is not one of its hashes', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  test.each([
    ['short', '密码至少 8 位'],
    ['long enough', null],
  ])('judges %s', (pw, problem) => {
    expect(passwordProblem(pw)).toBe(problem);
  });
});

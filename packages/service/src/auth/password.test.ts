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
    ['short', '密码至少 10 位'],
    ['12345678', '密码至少 10 位'],
    ['password', '密码至少 10 位'],
    ['        ', '密码至少 10 位'],
    ['          ', '密码不能全是空格'],
    ['aaaaaaaaaaaa', '密码所用字符太少（如重复同一个字符），容易被猜中'],
    ['1212121212', '密码所用字符太少（如重复同一个字符），容易被猜中'],
    ['1234567890', '密码是键盘或字母表上连续的一串，容易被猜中'],
    ['0987654321', '密码是键盘或字母表上连续的一串，容易被猜中'],
    ['QWERTYUIOP', '密码是键盘或字母表上连续的一串，容易被猜中'],
    ['password123', '这是最常见的密码之一（或只在其后加了数字），请换一个'],
    ['Password2024!', '这是最常见的密码之一（或只在其后加了数字），请换一个'],
    ['woaini1314', '这是最常见的密码之一（或只在其后加了数字），请换一个'],
    ['1qaz2wsx3edc', '这是最常见的密码之一（或只在其后加了数字），请换一个'],
    ['abc123abc123', '密码是同一小段的重复，容易被猜中'],
    ['wang-secret-77', '密码不能包含用户名'],
    ['县法治办2024年报', null],
    ['river-lamp-94', null],
    ['a-long-password', null],
  ])('judges %j: %s', (pw, problem) => {
    expect(passwordProblem(pw, 'wang')).toBe(problem);
  });
});

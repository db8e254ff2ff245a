import { COMMON_PASSWORDS } from './common-passwords.ts';

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 200;

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

/** A run along the keyboard or the alphabet, either way: 3456789012, poiuytrewq. */
function isRun(s: string): boolean {
  const line = [...ROWS, ...ROWS.map((r) => [...r].reverse().join(''))].map((r) => r + r);
  return line.some((r) => r.includes(s));
}

/** The word with its year or digits and marks taken off: password2024! → password. */
const stem = (s: string) => s.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');

/** Why a password is too easy to guess, or null. */
function trivialReason(pw: string, username: string | undefined): string | null {
  const lower = pw.trim().toLowerCase();
  if (lower.length === 0) return '密码不能全是空格';
  if (new Set(lower).size <= 3) return '密码所用字符太少（如重复同一个字符），容易被猜中';
  if (isRun(lower)) return '密码是键盘或字母表上连续的一串，容易被猜中';
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem(lower))) {
    return '这是最常见的密码之一（或只在其后加了数字），请换一个';
  }
  for (let unit = 1; unit * 2 <= lower.length; unit++) {
    const head = lower.slice(0, unit);
    if (head.repeat(Math.ceil(lower.length / unit)).startsWith(lower)) {
      return '密码是同一小段的重复，容易被猜中';
    }
  }
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && lower.includes(name)) return '密码不能包含用户名';
  return null;
}

/** What a password must be (at least 10 characters, not common, not trivial); the message says what is wrong. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD) return `密码至少 ${MIN_PASSWORD} 位`;
  if (password.length > MAX_PASSWORD) return `密码不能超过 ${MAX_PASSWORD} 位`;
  return trivialReason(password, username);
}

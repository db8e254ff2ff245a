import { describe, expect, test } from 'vitest';
import { newSetupCode, SetupCode } from './first-run.ts';

describe('setup codes', () => {
  test('a new code is three groups of four characters no one misreads, and a different one each time', () => {
    const codes = Array.from({ length: 50 }, newSetupCode);
    for (const code of codes)
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(codes).size).toBe(50);
  });

  test.each([
    ['7KQ4-M2XD-9HFR', true],
    ['7kq4-m2xd-9hfr', true],
    [' 7KQ4 M2XD 9HFR ', true],
    ['7KQ4M2XD9HFR', true],
    ['7KQ4-M2XD-9HF', false],
    ['7KQ4-M2XD-9HFRR', false],
    ['', false],
    ['AAAA-BBBB-CCCC', false],
  ])('the code 7KQ4-M2XD-9HFR matches %j: %s', (given, expected) => {
    expect(new SetupCode('7KQ4-M2XD-9HFR').matches(given)).toBe(expected);
  });

  test('a spent code matches nothing, until the failed write gives it back', () => {
    const code = new SetupCode('7KQ4-M2XD-9HFR');
    const giveBack = code.spend();
    expect(code.matches('7KQ4-M2XD-9HFR')).toBe(false);
    giveBack();
    expect(code.matches('7KQ4-M2XD-9HFR')).toBe(true);
  });

  test('a server that started with accounts has no code, and nothing matches it', () => {
    expect(new SetupCode(null).matches('')).toBe(false);
  });
});

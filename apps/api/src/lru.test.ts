import { describe, expect, test } from 'vitest';
import { ByteBudgetLru } from './lru.ts';

const lru = (budget: number) => new ByteBudgetLru<string>(budget, (v) => Buffer.byteLength(v));

describe('a byte-budget LRU', () => {
  test('counts each key’s bytes, so tiny values under long keys still hit the budget', () => {
    const c = lru(10_000);
    for (let i = 0; i < 1000; i++) c.set(`/api/ranking?junk=${'x'.repeat(500)}${i}`, '{}');
    expect(c.bytes).toBeLessThanOrEqual(10_000);
    expect(c.size).toBeLessThan(20);
  });

  test('drops the least recently used first', () => {
    const c = lru(3 * (200 + 2 + 1));
    c.set('a', '1');
    c.set('b', '2');
    c.set('c', '3');
    expect(c.get('a')).toBe('1'); // a is now the most recent
    c.set('d', '4');
    expect([c.get('a'), c.get('b'), c.get('c'), c.get('d')]).toEqual(['1', undefined, '3', '4']);
  });

  test('replacing a key does not count it twice', () => {
    const c = lru(100_000);
    c.set('k', 'x'.repeat(100));
    c.set('k', 'y'.repeat(100));
    expect(c.size).toBe(1);
    expect(c.bytes).toBe(1 + 100 + 200);
  });
});

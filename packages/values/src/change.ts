import type { Change } from './types.ts';

/** From a base-year figure to this year's: the difference to 2 decimals, and in % to 1 (none from 0). */
export function changeBetween(base: number, now: number): Change {
  const abs = Math.round((now - base) * 100) / 100;
  return { abs, pct: base === 0 ? null : Math.round((abs / base) * 1000) / 10 };
}

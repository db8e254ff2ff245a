/**
 * Failed sign-ins are counted per account name and per address over a window; past the limit, further
 * attempts are refused until the window has passed, right or wrong. A success clears the account's count.
 */
export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    readonly perAccount = 5,
    readonly perAddress = 20,
    readonly windowMs = 15 * 60_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds to wait before trying again, or 0 when an attempt may be made now. */
  retryAfter(username: string, ip: string, now = Date.now()): number {
    const checks: [string, number][] = [
      [`u:${username.toLowerCase()}|${ip}`, this.perAccount],
      [`ip:${ip}`, this.perAddress],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const list = this.recent(key, now);
      const oldest = list[0];
      if (list.length >= max && oldest !== undefined) wait = Math.max(wait, oldest + this.windowMs - now);
    }
    return Math.ceil(wait / 1000);
  }

  fail(username: string, ip: string, now = Date.now()): void {
    for (const key of [`u:${username.toLowerCase()}|${ip}`, `ip:${ip}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  succeed(username: string, ip: string): void {
    this.failures.delete(`u:${username.toLowerCase()}|${ip}`);
  }
}

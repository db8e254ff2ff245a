import { type Db, type FailureLog, failureLog } from '@fazhi/db';

/** One sign-in attempt: the account named, the address it came from, and the browser when it is trusted. */
export interface Attempt {
  username: string;
  ip: string;
  /** a browser that signed in to this account before (a device cookie it proved), else null */
  device: string | null;
}

export interface LimiterRules {
  /** failures on one account (from anywhere) before each next attempt must wait */
  freeFailures: number;
  /** the first wait; every further failure doubles it, up to maxDelayMs */
  baseDelayMs: number;
  maxDelayMs: number;
  /** failures from one address (on any accounts) before it waits out the window */
  perAddress: number;
  /** failures from one trusted browser before it waits out the window */
  perDevice: number;
  windowMs: number;
}

export const DEFAULT_RULES: LimiterRules = {
  freeFailures: 5,
  baseDelayMs: 5_000,
  maxDelayMs: 15 * 60_000,
  perAddress: 20,
  perDevice: 10,
  windowMs: 15 * 60_000,
};

/**
 * Failed sign-ins, counted three ways (OWASP's device-cookie scheme):
 * - per account across every address, with a delay that doubles with each failure: guessing one
 *   account from many addresses gets slower and slower, while its owner is only delayed;
 * - per address, a plain limit: one address trying many accounts waits out the window;
 * - a browser that signed in to the account before counts only its own failures, so an attack on the
 *   account, or from the same proxy address as the whole office, cannot shut its owner out.
 */
export class LoginLimiter {
  constructor(
    /** where failures are kept: the database, so every server process counts the same ones */
    private readonly log: FailureLog,
    readonly rules: LimiterRules = DEFAULT_RULES,
  ) {}

  private recent(key: string, now: number): Promise<number[]> {
    return this.log.since(key, now - this.rules.windowMs + 1);
  }

  private keys(a: Attempt): string[] {
    const account = `u:${a.username.trim().toLowerCase()}`;
    return a.device ? [`d:${a.device}`] : [account, `ip:${a.ip}`];
  }

  /** Milliseconds to wait before this attempt may be made (0: now). */
  async waitMs(a: Attempt, now = Date.now()): Promise<number> {
    if (a.device) {
      const mine = await this.recent(`d:${a.device}`, now);
      const first = mine[0];
      return mine.length >= this.rules.perDevice && first !== undefined
        ? first + this.rules.windowMs - now
        : 0;
    }
    let wait = 0;
    const account = await this.recent(`u:${a.username.trim().toLowerCase()}`, now);
    const last = account[account.length - 1];
    if (account.length >= this.rules.freeFailures && last !== undefined) {
      const extra = account.length - this.rules.freeFailures;
      const delay = Math.min(this.rules.maxDelayMs, this.rules.baseDelayMs * 2 ** Math.min(extra, 20));
      wait = Math.max(wait, last + delay - now);
    }
    const address = await this.recent(`ip:${a.ip}`, now);
    const oldest = address[0];
    if (address.length >= this.rules.perAddress && oldest !== undefined) {
      wait = Math.max(wait, oldest + this.rules.windowMs - now);
    }
    return Math.max(0, wait);
  }

  /** Seconds to wait, rounded up, for a Retry-After header. */
  async retryAfter(a: Attempt, now = Date.now()): Promise<number> {
    return Math.ceil((await this.waitMs(a, now)) / 1000);
  }

  fail(a: Attempt, now = Date.now()): Promise<void> {
    // names that were tried once and never again must not pile up: what left the window goes
    return this.log.add(this.keys(a), now, now - this.rules.windowMs);
  }

  /** The right password: this account's (or browser's) count starts again; the address keeps its count. */
  succeed(a: Attempt): Promise<void> {
    return this.log.clear([`u:${a.username.trim().toLowerCase()}`, ...(a.device ? [`d:${a.device}`] : [])]);
  }
}

/** The limiter of a database: its failures are those every process serving that database has seen. */
export const loginLimiter = (db: Db, rules: LimiterRules = DEFAULT_RULES): LoginLimiter =>
  new LoginLimiter(failureLog(db), rules);

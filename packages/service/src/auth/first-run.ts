import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { createFirstUser, type Db, type User } from '@fazhi/db';
import { ServiceError } from '../errors.ts';
import { checkNewAccount, hasAccounts } from './accounts.ts';
import type { Attempt, LoginLimiter } from './limiter.ts';
import { hashPassword } from './password.ts';
import { inWords, openSession, type SignedIn } from './sessions.ts';

// characters no one misreads off a terminal: no 0/O, 1/I/L
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A fresh setup code: 12 characters in groups of four (about 59 bits), e.g. 7KQ4-M2XD-9HFR. */
export function newSetupCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

// case, spaces and dashes do not matter; hashing gives both sides one length for timingSafeEqual
const digestOf = (code: string) =>
  createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest();

/**
 * The first-run code: made when the server starts without an account, shown once in its terminal and kept
 * only in the process's memory (a restart makes a new one). It creates one administrator, once.
 */
export class SetupCode {
  private digest: Buffer | null;

  /** `shown`: the code as printed; null when the server started with accounts (nothing opens first run). */
  constructor(readonly shown: string | null) {
    this.digest = shown === null ? null : digestOf(shown);
  }

  /** Whether `given` is the code, compared in constant time; a spent code matches nothing. */
  matches(given: string): boolean {
    return this.digest !== null && timingSafeEqual(digestOf(given), this.digest);
  }

  /** Spends the code at once, so a second request while the first is hashing is refused; returns an undo. */
  spend(): () => void {
    const digest = this.digest;
    this.digest = null;
    return () => {
      this.digest = digest;
    };
  }
}

export interface FirstAdmin {
  code: string;
  username: string;
  displayName: string;
  password: string;
}

// every wrong code counts against the one code, from any address, and against the address: as sign-ins do
const attemptFrom = (ip: string): Attempt => ({ username: '#setup', ip, device: null });

const alreadySetUp = () =>
  new ServiceError('already_set_up', '首次设置已完成：已有账户，请直接登录（新账户由管理员在“账户”页创建）');

/**
 * The first administrator, made with the setup code while no account exists, and signed in. Refused once any
 * account exists (even with the right code); wrong codes are limited like sign-ins.
 */
export async function createFirstAdmin(
  db: Db,
  setup: SetupCode,
  limiter: LoginLimiter,
  q: FirstAdmin & { ip: string; hours: number; now?: Date },
): Promise<SignedIn> {
  const now = q.now ?? new Date();
  if (await hasAccounts(db)) throw alreadySetUp();
  const attempt = attemptFrom(q.ip);
  const wait = await limiter.retryAfter(attempt, now.getTime());
  if (wait > 0) {
    throw new ServiceError('too_many_attempts', `设置码错误次数过多，请 ${inWords(wait)}后再试`, wait);
  }
  if (!setup.matches(q.code)) {
    await limiter.fail(attempt, now.getTime());
    throw new ServiceError(
      'bad_setup_code',
      '设置码不正确：请查看启动服务器的终端里显示的设置码（每次启动服务器都会换一个新码）',
    );
  }
  checkNewAccount(q);
  const giveBack = setup.spend();
  let user: User | null;
  try {
    const passwordHash = await hashPassword(q.password);
    const account = {
      username: q.username,
      displayName: q.displayName,
      role: 'admin' as const,
      passwordHash,
    };
    user = await createFirstUser(db, account, '首次设置（设置码）');
  } catch (err) {
    giveBack(); // the database refused the write (busy, full): the code may be used again
    throw err;
  }
  if (!user) throw alreadySetUp();
  await limiter.succeed(attempt);
  return openSession(db, user, q.hours, now);
}

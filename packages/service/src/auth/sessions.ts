import { createHash, randomBytes } from 'node:crypto';
import {
  countUsers,
  createSession,
  type Db,
  deleteExpiredSessions,
  deleteSession,
  extendSession,
  isStorageFault,
  sessionWithUser,
  type User,
  userByName,
} from '@fazhi/db';
import { ServiceError } from '../errors.ts';
import { deviceToken, trustedDevice } from './device.ts';
import type { Attempt, LoginLimiter } from './limiter.ts';
import { verifyPassword } from './password.ts';
import type { Role } from './roles.ts';

export interface SignedIn {
  /** regionId: the region the account reads and changes; null for the whole installation */
  user: { id: number; username: string; displayName: string; role: Role; regionId: number | null };
  /** the cookie's value: only its hash is stored */
  token: string;
  csrf: string;
  expiresAt: Date;
  /** a fresh device cookie for this browser: it counts its own failures from now on */
  device: string;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const publicUser = (u: User) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  regionId: u.regionId,
});
/** How an account appears in the change log: the name people know, and the unique login. */
export const actorName = (u: { username: string; displayName: string }) =>
  `${u.displayName}（${u.username}）`;

// a hash to compare against when the account does not exist, so timing does not tell names apart
const NOBODY = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** A wait in words: 40 秒, 3 分钟. */
export const inWords = (seconds: number) =>
  seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;

/**
 * Signs a person in: a new session with its own CSRF token, or an error that says what to do. `device`
 * is the browser's device cookie, if it sent one.
 */
export async function signIn(
  db: Db,
  limiter: LoginLimiter,
  q: { username: string; password: string; ip: string; hours: number; device?: string; now?: Date },
): Promise<SignedIn> {
  const now = q.now ?? new Date();
  const user = await userByName(db, q.username.trim());
  const attempt: Attempt = { username: q.username, ip: q.ip, device: trustedDevice(q.device, user, now) };
  const wait = await limiter.retryAfter(attempt, now.getTime());
  if (wait > 0) {
    throw new ServiceError('too_many_attempts', `登录失败次数过多，请 ${inWords(wait)}后再试`, wait);
  }
  const ok = await verifyPassword(q.password, user?.passwordHash ?? NOBODY);
  if (!user || !ok || user.disabledAt) {
    await limiter.fail(attempt, now.getTime());
    if ((await countUsers(db)) === 0)
      throw new ServiceError(
        'no_accounts',
        '还没有任何账户：请打开“创建管理员”页面（/setup），输入启动服务器时终端里显示的设置码',
      );
    throw new ServiceError('bad_credentials', user?.disabledAt ? '该账户已停用' : '用户名或密码不正确');
  }
  await limiter.succeed(attempt);
  return openSession(db, user, q.hours, now);
}

/** A new session for an account whose owner has just proved who they are (password, or the setup code). */
export async function openSession(db: Db, user: User, hours: number, now = new Date()): Promise<SignedIn> {
  await deleteExpiredSessions(db, now.toISOString());
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await createSession(db, { id: digest(token), userId: user.id, csrf, expiresAt: expiresAt.toISOString() });
  return { user: publicUser(user), token, csrf, expiresAt, device: deviceToken(user, now) };
}

export interface ActiveSession {
  id: string;
  user: SignedIn['user'];
  csrf: string;
  expiresAt: Date;
}

/**
 * Looking a session up also writes (it slides on, an expired one is removed); a busy, full or read-only
 * database must not turn a read into an error, so those writes are skipped then and tried next time.
 */
async function bestEffort(write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (err) {
    if (isStorageFault(err)) return false;
    throw err;
  }
}

/** The session a cookie names, if it exists, has not expired and its account is active; used ones slide on. */
export async function activeSession(
  db: Db,
  token: string,
  hours: number,
  now = new Date(),
): Promise<ActiveSession | null> {
  const id = digest(token);
  const found = await sessionWithUser(db, id);
  if (!found) return null;
  const expires = new Date(found.session.expiresAt);
  if (expires <= now || found.user.disabledAt) {
    await bestEffort(() => deleteSession(db, id));
    return null;
  }
  let expiresAt = expires;
  // renew at most every few minutes, not on every request
  if (expires.getTime() - now.getTime() < hours * 3_600_000 - 5 * 60_000) {
    const renewed = new Date(now.getTime() + hours * 3_600_000);
    if (await bestEffort(() => extendSession(db, id, renewed.toISOString()))) expiresAt = renewed;
  }
  return { id, user: publicUser(found.user), csrf: found.session.csrf, expiresAt };
}

export async function signOut(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

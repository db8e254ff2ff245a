import { count, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { first, writeTx, written } from '../run.ts';
import { type Role, type Session, sessions, type User, users } from '../schema/index.ts';
import { appendChange } from './changes.ts';

/** What the change log keeps of an account: never the password hash. */
const accountSnapshot = (u: User) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabledAt !== null,
  regionId: u.regionId,
});

export function userByName(db: Db, username: string): Promise<User | undefined> {
  return first(db.select().from(users).where(eq(users.username, username)));
}

export function userById(db: Db, id: number): Promise<User | undefined> {
  return first(db.select().from(users).where(eq(users.id, id)));
}

export function listUsers(db: Db): Promise<User[]> {
  return db.select().from(users).orderBy(users.username);
}

export async function countUsers(db: Db): Promise<number> {
  return (await first(db.select({ n: count() }).from(users)))?.n ?? 0;
}

type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  /** null or left out: the whole installation */
  regionId?: number | null;
};

async function insertUser(tx: Db, u: NewUser, actor: string): Promise<User> {
  const row = await written(tx.insert(users).values(u).returning());
  await appendChange(tx, {
    entity: 'user',
    entityId: row.id,
    actor,
    action: 'user_add',
    after: accountSnapshot(row),
  });
  return row;
}

export function createUser(db: Db, u: NewUser, actor: string): Promise<User> {
  return writeTx(db, (tx) => insertUser(tx, u, actor));
}

/**
 * The first account, only while there is none: the count and the insert share one write lock, so a
 * concurrent `pnpm user:add` or a second first-run request cannot make two. Null when an account exists.
 */
export function createFirstUser(db: Db, u: NewUser, actor: string): Promise<User | null> {
  return writeTx(db, async (tx) => ((await countUsers(tx)) > 0 ? null : insertUser(tx, u, actor)));
}

export function updateUser(
  db: Db,
  id: number,
  set: {
    role?: Role;
    displayName?: string;
    passwordHash?: string;
    disabled?: boolean;
    regionId?: number | null;
  },
  actor: string,
): Promise<User | undefined> {
  return writeTx(db, async (tx) => {
    const before = await userById(tx, id);
    if (!before) return undefined;
    const { disabled, ...rest } = set;
    const disabledAt =
      disabled === undefined ? before.disabledAt : disabled ? new Date().toISOString() : null;
    const after = await written(
      tx
        .update(users)
        .set({ ...rest, disabledAt })
        .where(eq(users.id, id))
        .returning(),
    );
    // a disabled account or a changed password ends every session of the account
    if (disabled || set.passwordHash) await tx.delete(sessions).where(eq(sessions.userId, id));
    await appendChange(tx, {
      entity: 'user',
      entityId: id,
      actor,
      action: set.passwordHash ? 'user_password' : 'user_update',
      before: accountSnapshot(before),
      after: accountSnapshot(after),
    });
    return after;
  });
}

export async function createSession(
  db: Db,
  s: { id: string; userId: number; csrf: string; expiresAt: string },
): Promise<void> {
  await db.insert(sessions).values(s);
}

/** A session and its account, when the session is known (expiry is the caller's to judge). */
export function sessionWithUser(db: Db, id: string): Promise<{ session: Session; user: User } | undefined> {
  // every request of a signed-in browser asks this: prepared once per connection
  return prepared(db, 'sessionWithUser', (d) =>
    d
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
}

export async function extendSession(db: Db, id: string, expiresAt: string): Promise<void> {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

import { count, eq, lt, sql } from 'drizzle-orm';
import { type Db, IMMEDIATE } from '../client.ts';
import { prepared } from '../prepared.ts';
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

export function userByName(db: Db, username: string): User | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function userById(db: Db, id: number): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: Db): User[] {
  return db.select().from(users).orderBy(users.username).all();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  /** null or left out: the whole installation */
  regionId?: number | null;
};

function insertUser(tx: Db, u: NewUser, actor: string): User {
  const row = tx.insert(users).values(u).returning().get();
  appendChange(tx, {
    entity: 'user',
    entityId: row.id,
    actor,
    action: 'user_add',
    after: accountSnapshot(row),
  });
  return row;
}

export function createUser(db: Db, u: NewUser, actor: string): User {
  return db.transaction((tx) => insertUser(tx, u, actor), IMMEDIATE);
}

/**
 * The first account, only while there is none: the count and the insert share one write lock, so a
 * concurrent `pnpm user:add` or a second first-run request cannot make two. Null when an account exists.
 */
export function createFirstUser(db: Db, u: NewUser, actor: string): User | null {
  return db.transaction((tx) => (countUsers(tx) > 0 ? null : insertUser(tx, u, actor)), IMMEDIATE);
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
): User | undefined {
  return db.transaction((tx) => {
    const before = userById(tx, id);
    if (!before) return undefined;
    const { disabled, ...rest } = set;
    const disabledAt =
      disabled === undefined ? before.disabledAt : disabled ? new Date().toISOString() : null;
    const after = tx
      .update(users)
      .set({ ...rest, disabledAt })
      .where(eq(users.id, id))
      .returning()
      .get();
    // a disabled account or a changed password ends every session of the account
    if (disabled || set.passwordHash) tx.delete(sessions).where(eq(sessions.userId, id)).run();
    appendChange(tx, {
      entity: 'user',
      entityId: id,
      actor,
      action: set.passwordHash ? 'user_password' : 'user_update',
      before: accountSnapshot(before),
      after: accountSnapshot(after),
    });
    return after;
  }, IMMEDIATE);
}

export function createSession(
  db: Db,
  s: { id: string; userId: number; csrf: string; expiresAt: string },
): void {
  db.insert(sessions).values(s).run();
}

/** A session and its account, when the session is known (expiry is the caller's to judge). */
export function sessionWithUser(db: Db, id: string): { session: Session; user: User } | undefined {
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

export function extendSession(db: Db, id: string, expiresAt: string): void {
  db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
}

export function deleteSession(db: Db, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function deleteExpiredSessions(db: Db, now: string): void {
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
}

import { USERNAME_PATTERN, USERNAME_RULE } from '@fazhi/catalog';
import {
  countUsers,
  createUser,
  type Db,
  listUsers,
  type User,
  updateUser,
  userById,
  userByName,
} from '@fazhi/db';
import { ServiceError } from '../errors.ts';
import { hashPassword, passwordProblem } from './password.ts';
import type { Role } from './roles.ts';

/** An account as an admin sees it: never its password hash. */
export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

/** What changes on an account; a field left out stays as it is. */
export interface AccountChanges {
  displayName?: string | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

/**
 * What is wrong with a username (the catalog's rule, spaces around it aside); null when it is fine. Checked here
 * as well as at the API's edge, since `pnpm user:add` has no edge.
 */
export function usernameProblem(username: string): string | null {
  return USERNAME_PATTERN.test(username.trim()) ? null : USERNAME_RULE;
}

const view = (u: User): Account => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabledAt !== null,
  createdAt: u.createdAt,
});

/** Throws bad_request saying what is wrong with a new account's username or password. */
export function checkNewAccount(account: { username: string; password: string }): void {
  const problem = usernameProblem(account.username) ?? passwordProblem(account.password, account.username);
  if (problem) throw new ServiceError('bad_request', problem);
}

/** Whether anyone can sign in at all (else: the first-run page with the setup code, or pnpm user:add). */
export function hasAccounts(db: Db): boolean {
  return countUsers(db) > 0;
}

export function accountsView(db: Db): { users: Account[] } {
  return { users: listUsers(db).map(view) };
}

/** A new account (by an admin, or by `pnpm user:add` on the server). */
export async function addAccount(db: Db, account: NewAccount, actor: string): Promise<Account> {
  checkNewAccount(account);
  if (userByName(db, account.username))
    throw new ServiceError('conflict', `用户名“${account.username}”已被使用`);
  const passwordHash = await hashPassword(account.password);
  return view(createUser(db, { ...account, passwordHash }, actor));
}

/** Role, name, password or disabled; an admin cannot take away their own admin role or disable themselves. */
export async function changeAccount(
  db: Db,
  id: number,
  changes: AccountChanges,
  actor: { id: number; name: string },
): Promise<Account> {
  const user = userById(db, id);
  if (!user) throw new ServiceError('unknown_user', `账户 ${id} 不存在`);
  if (id === actor.id && ((changes.role && changes.role !== 'admin') || changes.disabled)) {
    throw new ServiceError('conflict', '不能取消自己的管理员权限或停用自己的账户');
  }
  const { password, ...rest } = changes;
  const problem = password === undefined ? null : passwordProblem(password, user.username);
  if (problem) throw new ServiceError('bad_request', problem);
  const passwordHash = password ? await hashPassword(password) : undefined;
  const after = updateUser(db, id, { ...rest, ...(passwordHash ? { passwordHash } : {}) }, actor.name);
  if (!after) throw new ServiceError('unknown_user', `账户 ${id} 不存在`);
  return view(after);
}

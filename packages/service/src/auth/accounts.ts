import { USERNAME_PATTERN, USERNAME_RULE } from '@fazhi/catalog';
import {
  countUsers,
  createUser,
  type Db,
  listUsers,
  regionById,
  type User,
  updateUser,
  userById,
  userByName,
} from '@fazhi/db';
import { ServiceError } from '../errors.ts';
import { regionWithin, type Scope, WHOLE } from '../scope.ts';
import { allowRegion } from '../scope-checks.ts';
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
  /** the region the account reads and changes; null: the whole installation */
  region: AccountRegion | null;
}

export interface AccountRegion {
  id: number;
  name: string;
  level: 'province' | 'city' | 'county';
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  /** null or left out: the whole installation */
  regionId?: number | null | undefined;
}

/** What changes on an account; a field left out stays as it is. */
export interface AccountChanges {
  displayName?: string | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
  regionId?: number | null | undefined;
}

/**
 * What is wrong with a username (the catalog's rule, spaces around it aside); null when it is fine. Checked here
 * as well as at the API's edge, since `pnpm user:add` has no edge.
 */
export function usernameProblem(username: string): string | null {
  return USERNAME_PATTERN.test(username.trim()) ? null : USERNAME_RULE;
}

async function view(db: Db, u: User): Promise<Account> {
  const r = u.regionId === null ? undefined : await regionById(db, u.regionId);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt,
    region: r ? { id: r.id, name: r.name, level: r.level } : null,
  };
}

/** A region given to an account must exist, and lie inside the region of the admin giving it. */
async function checkRegion(db: Db, scope: Scope, regionId: number | null): Promise<void> {
  if (regionId !== null && !(await regionById(db, regionId)))
    throw new ServiceError('bad_request', `地区 ${regionId} 不存在，请从列表中选择地区`);
  await allowRegion(db, scope, regionId);
}

/** Throws bad_request saying what is wrong with a new account's username or password. */
export function checkNewAccount(account: { username: string; password: string }): void {
  const problem = usernameProblem(account.username) ?? passwordProblem(account.password, account.username);
  if (problem) throw new ServiceError('bad_request', problem);
}

/** Whether anyone can sign in at all (else: the first-run page with the setup code, or pnpm user:add). */
export async function hasAccounts(db: Db): Promise<boolean> {
  return (await countUsers(db)) > 0;
}

/** The accounts an admin manages: all of them, or those of the admin's region and below. */
export async function accountsView(db: Db, scope: Scope = WHOLE): Promise<{ users: Account[] }> {
  const shown = (await listUsers(db)).filter((u) => regionWithin(scope, u.regionId));
  const users: Account[] = [];
  for (const u of shown) users.push(await view(db, u));
  return { users };
}

/** A new account (by an admin, or by `pnpm user:add` on the server). */
export async function addAccount(
  db: Db,
  account: NewAccount,
  actor: string,
  scope: Scope = WHOLE,
): Promise<Account> {
  checkNewAccount(account);
  await checkRegion(db, scope, account.regionId ?? null);
  if (await userByName(db, account.username))
    throw new ServiceError('conflict', `用户名“${account.username}”已被使用`);
  const passwordHash = await hashPassword(account.password);
  const { username, displayName, role } = account;
  const row = { username, displayName, role, regionId: account.regionId ?? null, passwordHash };
  return view(db, await createUser(db, row, actor));
}

/** Role, name, password or disabled; an admin cannot take away their own admin role or disable themselves. */
export async function changeAccount(
  db: Db,
  id: number,
  changes: AccountChanges,
  actor: { id: number; name: string },
  scope: Scope = WHOLE,
): Promise<Account> {
  const user = await userById(db, id);
  // an account outside the admin's region is as good as absent to them
  if (!user || !regionWithin(scope, user.regionId))
    throw new ServiceError('unknown_user', `账户 ${id} 不存在`);
  if (changes.regionId !== undefined) await checkRegion(db, scope, changes.regionId);
  if (id === actor.id && changes.regionId !== undefined && changes.regionId !== user.regionId)
    throw new ServiceError('conflict', '不能修改自己账户的地区');
  if (id === actor.id && ((changes.role && changes.role !== 'admin') || changes.disabled)) {
    throw new ServiceError('conflict', '不能取消自己的管理员权限或停用自己的账户');
  }
  const { password, ...rest } = changes;
  const problem = password === undefined ? null : passwordProblem(password, user.username);
  if (problem) throw new ServiceError('bad_request', problem);
  const passwordHash = password ? await hashPassword(password) : undefined;
  const after = await updateUser(db, id, { ...rest, ...(passwordHash ? { passwordHash } : {}) }, actor.name);
  if (!after) throw new ServiceError('unknown_user', `账户 ${id} 不存在`);
  return view(db, after);
}

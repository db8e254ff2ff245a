import { type NewUserBody, Username, type UserPatch, type UserView } from '@fazhi/contract';
import { createUser, type Db, listUsers, type User, updateUser, userById, userByName } from '@fazhi/db';
import type { z } from 'zod';
import { ServiceError } from '../errors.ts';
import { hashPassword, passwordProblem } from './password.ts';

const view = (u: User): z.infer<typeof UserView> => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabledAt !== null,
  createdAt: u.createdAt,
});

export function accountsView(db: Db) {
  return { users: listUsers(db).map(view) };
}

/** A new account (by an admin, or by `pnpm user:add` on the server). */
export async function addAccount(db: Db, body: z.infer<typeof NewUserBody>, actor: string) {
  const name = Username.safeParse(body.username);
  if (!name.success) throw new ServiceError('bad_request', name.error.issues[0]?.message ?? '用户名不合规');
  const problem = passwordProblem(body.password, body.username);
  if (problem) throw new ServiceError('bad_request', problem);
  if (userByName(db, body.username)) throw new ServiceError('conflict', `用户名“${body.username}”已被使用`);
  const passwordHash = await hashPassword(body.password);
  return view(createUser(db, { ...body, passwordHash }, actor));
}

/** Role, name, password or disabled; an admin cannot take away their own admin role or disable themselves. */
export async function changeAccount(
  db: Db,
  id: number,
  patch: z.infer<typeof UserPatch>,
  actor: { id: number; name: string },
) {
  const user = userById(db, id);
  if (!user) throw new ServiceError('unknown_user', `账户 ${id} 不存在`);
  if (id === actor.id && ((patch.role && patch.role !== 'admin') || patch.disabled)) {
    throw new ServiceError('conflict', '不能取消自己的管理员权限或停用自己的账户');
  }
  const { password, ...rest } = patch;
  const problem = password === undefined ? null : passwordProblem(password, user.username);
  if (problem) throw new ServiceError('bad_request', problem);
  const passwordHash = password ? await hashPassword(password) : undefined;
  const after = updateUser(db, id, { ...rest, ...(passwordHash ? { passwordHash } : {}) }, actor.name);
  if (!after) throw new ServiceError('unknown_user', `账户 ${id} 不存在`);
  return view(after);
}

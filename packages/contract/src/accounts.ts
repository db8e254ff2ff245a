import { USERNAME_PATTERN, USERNAME_RULE } from '@fazhi/catalog';
import { z } from 'zod';
import { Id } from './primitives.ts';

export const Role = z.enum(['viewer', 'editor', 'admin']);
export const SessionUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  /** the region the account reads and changes (province, city or county); null: the whole installation */
  regionId: z.number().nullable(),
});

export const LoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(200),
});

export const SessionResponse = z.object({
  user: SessionUser.nullable(),
  /** echo it in the X-CSRF-Token header of every write */
  csrfToken: z.string().nullable(),
  /** reading without signing in is allowed on this server */
  openReading: z.boolean(),
  /** at least one account exists (else: the first-run page /setup with the printed code, or pnpm user:add) */
  hasAccounts: z.boolean(),
  /** why the server cannot write its database (it serves reads only), or null */
  readOnly: z.string().nullable(),
});

export const Username = z.string().trim().regex(USERNAME_PATTERN, USERNAME_RULE);

export const UserView = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  disabled: z.boolean(),
  createdAt: z.string(),
  /** null: the whole installation */
  region: z
    .object({ id: z.number(), name: z.string(), level: z.enum(['province', 'city', 'county']) })
    .nullable(),
});
export const UsersResponse = z.object({ users: z.array(UserView) });
export const NewUserBody = z.object({
  username: Username,
  displayName: z.string().trim().min(1, '请填写姓名').max(40),
  role: Role,
  /** at least 10 characters, not common nor trivial: the service says what is wrong */
  password: z.string().min(1, '请输入密码').max(200),
  /** a region inside the admin's own; null or left out: the whole installation */
  regionId: Id.nullable().optional(),
});
/** The first-run form: the setup code the server printed, and the first administrator. */
export const SetupBody = NewUserBody.omit({ role: true, regionId: true }).extend({
  code: z.string({ error: '请输入设置码' }).trim().min(1, '请输入设置码').max(100),
});
export const UserPatch = z
  .object({
    displayName: z.string().trim().min(1).max(40).optional(),
    role: Role.optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(1, '请输入密码').max(200).optional(),
    regionId: Id.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, '没有要修改的内容');
export const UserParams = z.object({ id: Id });

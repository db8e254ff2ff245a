import type { Account, Accounts } from '@fazhi/contract';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage, getJson, sendJson } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { ROLE_LABEL, type Role, useSession } from '../../lib/session.ts';
import { QueryState } from '../../lib/states.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { regionLabel } from './regionGroups.ts';

export const accountsQuery = () =>
  queryOptions({ queryKey: ['accounts'], queryFn: ({ signal }) => getJson<Accounts>('/api/users', signal) });

const ROLES: Role[] = ['viewer', 'editor', 'admin'];

/**
 * Accounts: who may read, review or administer, and which region (county, city, province or all) each
 * reads and changes; passwords are reset here in a password field, never shown.
 */
export default function AccountsView() {
  const client = useQueryClient();
  const q = useQuery(accountsQuery());
  const me = useSession().user;
  const done = () => client.invalidateQueries({ queryKey: ['accounts'] });
  const change = useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: object }) =>
      sendJson<Account>('PATCH', `/api/users/${id}`, patch),
    onSuccess: done,
  });
  return (
    <section className="view" data-view="accounts">
      <h1>账户</h1>
      <NewAccount onCreated={done} within={me?.regionId ?? null} />
      {change.isError && <div className="state error">{errorMessage(change.error)}</div>}
      <QueryState query={q} what="账户">
        {() => (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">用户名</th>
                  <th scope="col">姓名</th>
                  <th scope="col">角色</th>
                  <th scope="col">地区</th>
                  <th scope="col">状态</th>
                  <th scope="col">创建</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {q.data?.users.map((u) => (
                  <tr key={u.id}>
                    <td>{u.username}</td>
                    <td>{u.displayName}</td>
                    <td>
                      <select
                        value={u.role}
                        disabled={u.id === me?.id}
                        onChange={(e) => change.mutate({ id: u.id, patch: { role: e.target.value } })}
                        aria-label={`${u.username} 的角色`}
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_LABEL[r]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td data-region={regionLabel(u.region)}>
                      {u.id === me?.id ? (
                        regionLabel(u.region)
                      ) : (
                        <RegionPicker
                          value={u.region?.id ?? null}
                          within={me?.regionId ?? null}
                          onChange={(regionId) => change.mutate({ id: u.id, patch: { regionId } })}
                          label={`${u.username} 的地区`}
                        />
                      )}
                    </td>
                    <td>{u.disabled ? '已停用' : '正常'}</td>
                    <td>{formatDate(u.createdAt)}</td>
                    <td>
                      <ResetPassword user={u} />{' '}
                      {u.id !== me?.id && (
                        <button
                          type="button"
                          onClick={() => change.mutate({ id: u.id, patch: { disabled: !u.disabled } })}
                        >
                          {u.disabled ? '启用' : '停用'}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}

/** A new password typed into a password field (never shown), for an account that lost its own. */
function ResetPassword({ user }: { user: Account }) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => sendJson<Account>('PATCH', `/api/users/${user.id}`, { password }),
    onSuccess: () => {
      setOpen(false);
      setPassword('');
    },
  });
  if (!open)
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          重设密码
        </button>
        {reset.isSuccess && <span className="state-inline">已重设</span>}
      </>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate();
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <input
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        placeholder="新密码（至少 10 位）"
        aria-label={`${user.username} 的新密码`}
      />
      <button type="submit" className="primary" disabled={reset.isPending}>
        保存
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        取消
      </button>
      {reset.isError && <span className="state-inline error">{errorMessage(reset.error)}</span>}
    </form>
  );
}

function NewAccount({ onCreated, within }: { onCreated: () => void; within: number | null }) {
  // an admin of a region gives their own region unless they pick one below it
  const blank = { username: '', displayName: '', role: 'viewer' as Role, password: '', regionId: within };
  const [form, setForm] = useState(blank);
  const create = useMutation({
    mutationFn: () => sendJson<Account>('POST', '/api/users', form),
    onSuccess: () => {
      setForm(blank);
      onCreated();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const field = (k: 'username' | 'displayName' | 'password', label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={form[k]}
        onChange={(e) => setForm({ ...form, [k]: e.target.value })}
        required
      />
    </label>
  );
  return (
    <form className="controls" onSubmit={submit}>
      {field('username', '用户名')}
      {field('displayName', '姓名')}
      <label>
        角色
        <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor="new-account-region">
        地区
        <RegionPicker
          id="new-account-region"
          value={form.regionId}
          within={within}
          onChange={(regionId) => setForm({ ...form, regionId })}
          label="新账户的地区"
        />
      </label>
      {field('password', '初始密码', 'password')}
      <button type="submit" className="primary" disabled={create.isPending}>
        新建账户
      </button>
      {create.isError && <span className="state-inline error">{errorMessage(create.error)}</span>}
    </form>
  );
}

import { USERNAME_RULE } from '@fazhi/catalog';
import type { SessionInfo } from '@fazhi/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage, sendJson, setCsrfToken } from '../../lib/api.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { sessionQuery } from '../../lib/session.ts';
import './setup.css';

/**
 * First run: while no account exists, the setup code the server printed in its terminal creates the first
 * administrator, who is then signed in. Once an account exists the page only says that setup is done.
 */
export default function SetupView({
  hasAccounts,
  signedIn,
  next,
}: {
  hasAccounts: boolean;
  signedIn: boolean;
  next?: string;
}) {
  if (hasAccounts) {
    return (
      <section className="view login" data-view="setup-done">
        <div className="login-box">
          <h1>首次设置已完成</h1>
          <p>管理员账户已经存在，设置码不再可用。新账户由管理员在“账户”页创建。</p>
          {signedIn ? <Link to="/">回到总览</Link> : <Link to="/login">去登录</Link>}
        </div>
      </section>
    );
  }
  return <SetupForm next={next} />;
}

const FIELDS = [
  { name: 'username', label: '用户名', type: 'text', auto: 'username', hint: USERNAME_RULE },
  { name: 'displayName', label: '姓名', type: 'text', auto: 'name', hint: '显示在看板和修改记录中' },
  {
    name: 'password',
    label: '密码',
    type: 'password',
    auto: 'new-password',
    hint: '至少 10 位；不能是常见密码，也不能包含用户名',
  },
  { name: 'confirm', label: '再输入一次密码', type: 'password', auto: 'new-password', hint: null },
] as const;
type Field = (typeof FIELDS)[number]['name'];

function SetupForm({ next }: { next: string | undefined }) {
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [form, setForm] = useState<Record<Field, string>>({
    username: '',
    displayName: '',
    password: '',
    confirm: '',
  });
  const [mismatch, setMismatch] = useState(false);
  const create = useMutation({
    mutationFn: () => {
      const { confirm: _, ...admin } = form;
      return sendJson<SessionInfo>('POST', '/api/setup', { code, ...admin });
    },
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      client.setQueryData(sessionQuery().queryKey, s);
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      if (next) navigate(next, { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(form.password !== form.confirm);
    if (form.password === form.confirm) create.mutate();
  };
  return (
    <section className="view login" data-view="setup">
      <form className="login-box" onSubmit={submit}>
        <h1>创建管理员</h1>
        <p>这是新安装的看板，还没有任何账户。请创建第一个管理员账户，创建后即以此账户登录。</p>
        <label>
          设置码
          <input
            name="code"
            className="setup-code"
            autoComplete="off"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
          />
          <span className="muted small">
            启动服务器时终端里显示的设置码（每次启动都会换新码，只能用一次）
          </span>
        </label>
        {FIELDS.map((f) => (
          <label key={f.name}>
            {f.label}
            <input
              name={f.name}
              type={f.type}
              autoComplete={f.auto}
              value={form[f.name]}
              onChange={(e) => setForm({ ...form, [f.name]: e.target.value })}
              required
            />
            {f.hint && <span className="muted small">{f.hint}</span>}
          </label>
        ))}
        {(mismatch || create.isError) && (
          <div className="state error" role="alert">
            {mismatch ? '两次输入的密码不一致' : errorMessage(create.error)}
          </div>
        )}
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? '正在创建…' : '创建管理员并登录'}
        </button>
      </form>
    </section>
  );
}

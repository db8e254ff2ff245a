import type { SessionInfo } from '@fazhi/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage, sendJson, setCsrfToken } from '../../lib/api.ts';
import { navigate } from '../../lib/router.tsx';
import { sessionQuery } from '../../lib/session.ts';

/** Sign in (with no account yet, the app shows the first-run page instead). */
export default function LoginView({ next }: { next?: string | undefined }) {
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => sendJson<SessionInfo>('POST', '/api/session', { username, password }),
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      client.setQueryData(sessionQuery().queryKey, s);
      // what was cached belonged to nobody: fetch everything again as this account
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      if (next) navigate(next, { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <section className="view login" data-view="login">
      <form className="login-box" onSubmit={submit}>
        <h1>登录法治指标看板</h1>
        <label>
          用户名
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </label>
        <label>
          密码
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {login.isError && (
          <div className="state error" role="alert">
            {errorMessage(login.error)}
          </div>
        )}
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? '正在登录…' : '登录'}
        </button>
      </form>
    </section>
  );
}

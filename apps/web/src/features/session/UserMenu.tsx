import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson, setCsrfToken } from '../../lib/api.ts';
import { href, Link, navigate, useLocation } from '../../lib/router.tsx';
import { ROLE_LABEL, useSession } from '../../lib/session.ts';

/** Who is signed in, and the way out (or in, when reading is open). */
export function UserMenu() {
  const { user, query } = useSession();
  const { path } = useLocation();
  const client = useQueryClient();
  const logout = useMutation({
    mutationFn: () => sendJson('DELETE', '/api/session'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      navigate('/');
    },
  });
  if (!user && query.data?.hasAccounts === false) {
    return (
      <Link to="/setup" className="tab">
        创建管理员
      </Link>
    );
  }
  if (!user) {
    return (
      <Link to={href('/login', { next: path })} className="tab">
        登录
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <span data-testid="signed-in">
        {user.displayName}
        <span className="muted-on-dark">（{ROLE_LABEL[user.role]}）</span>
      </span>
      <button type="button" className="link-button" onClick={() => logout.mutate()}>
        退出
      </button>
    </div>
  );
}

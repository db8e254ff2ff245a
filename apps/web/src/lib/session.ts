import type { SessionInfo } from '@fazhi/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, setCsrfToken } from './api.ts';

export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: async ({ signal }) => {
      const s = await getJson<SessionInfo>('/api/session', signal);
      setCsrfToken(s.csrfToken);
      return s;
    },
    staleTime: 60_000,
  });

export type Role = 'viewer' | 'editor' | 'admin';
const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** The signed-in account and what it may do. */
export function useSession() {
  const q = useQuery(sessionQuery());
  const user = q.data?.user ?? null;
  const can = (role: Role) => user !== null && RANK[user.role] >= RANK[role];
  return {
    query: q,
    user,
    /** reading is allowed: signed in, or open reading */
    canRead: user !== null || q.data?.openReading === true,
    canEdit: can('editor'),
    isAdmin: can('admin'),
  };
}

export const ROLE_LABEL: Record<Role, string> = { viewer: '查看', editor: '编辑', admin: '管理员' };

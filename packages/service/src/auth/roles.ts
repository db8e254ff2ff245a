export type Role = 'viewer' | 'editor' | 'admin';
/** What a route needs: nothing, reading (a sign-in unless reading is open), any sign-in, or a role. */
export type Access = 'public' | 'read' | 'user' | 'editor' | 'admin';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export const ROLE_LABEL: Record<Role, string> = { viewer: '查看', editor: '编辑', admin: '管理员' };

/** Whether a role may use a route of this access. */
export function allows(role: Role | null, access: Access, openReading: boolean): boolean {
  if (access === 'public') return true;
  if (access === 'read') return openReading || role !== null;
  if (role === null) return false;
  return access === 'user' || RANK[role] >= RANK[access];
}

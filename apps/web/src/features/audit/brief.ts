import { STATUS_LABEL } from '../../lib/format.ts';
import { ROLE_LABEL, type Role } from '../../lib/session.ts';

const FIELD: Record<string, string> = {
  name: '名称',
  county: '县区',
  population: '人口',
  villages: '行政村',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  disabled: '停用',
};

function fieldValue(k: string, v: unknown): string {
  if (k === 'role') return ROLE_LABEL[v as Role] ?? String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

/** A short reading of a snapshot: the figure and its state, or the fields that matter for units and accounts. */
export function brief(v: unknown): string {
  if (v === null || typeof v !== 'object') return '—';
  const o = v as Record<string, unknown>;
  if ('value' in o) return `${o.value}${o.status ? `（${STATUS_LABEL[String(o.status)] ?? o.status}）` : ''}`;
  const shown = Object.keys(FIELD).filter((k) => o[k] !== undefined && o[k] !== null);
  return shown.map((k) => `${FIELD[k]}：${fieldValue(k, o[k])}`).join('，') || '…';
}

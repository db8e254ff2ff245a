import { getIndicator, isIndicatorKey } from '@fazhi/catalog';
import {
  type AuditEntity,
  type AuditRow,
  type ChangeFilter,
  type Db,
  factById,
  listChanges,
  regionById,
  unitById,
  userById,
} from '@fazhi/db';
import { type Scope, WHOLE } from './scope.ts';

/** Which changes to list (each filter optional) and which page of them, pages counted from 1. */
export interface ChangeQuery extends Omit<ChangeFilter, 'limit' | 'offset'> {
  page: number;
  size: number;
}

/** One change of the log, with what it is about in words a reader knows. */
export interface ChangeEntry {
  id: number;
  entity: AuditEntity;
  entityId: number | null;
  subject: string;
  actor: string;
  at: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface ChangeList {
  total: number;
  page: number;
  size: number;
  entries: ChangeEntry[];
}

const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));

/** What an entry is about, in words a reader knows. */
async function subjectOf(db: Db, e: AuditRow): Promise<string> {
  const before = parse(e.before) as Record<string, unknown> | null;
  const after = parse(e.after) as Record<string, unknown> | null;
  const id = e.entityId ?? e.factId;
  switch (e.entity) {
    case 'fact': {
      const f = id === null ? undefined : await factById(db, id);
      if (!f) return `事实 ${id}`;
      const unit = (await unitById(db, f.unitId))?.name ?? `单位 ${f.unitId}`;
      const label = isIndicatorKey(f.key) ? getIndicator(f.key).label : f.key;
      return `${unit} ${f.year}年 ${label}`;
    }
    case 'unit':
      return (
        (id === null ? undefined : (await unitById(db, id))?.name) ??
        String(after?.name ?? before?.name ?? `单位 ${id}`)
      );
    case 'region':
      return (id === null ? undefined : (await regionById(db, id))?.name) ?? `县区 ${id}`;
    case 'submission': {
      const unitId = Number(after?.unitId ?? before?.unitId);
      return `${(await unitById(db, unitId))?.name ?? `单位 ${unitId}`} ${String(after?.year ?? before?.year)}年报告的报送情况`;
    }
    case 'deadline':
      return `${id}年度报告的报送期限`;
    default:
      return (id === null ? undefined : (await userById(db, id))?.username) ?? `账户 ${id}`;
  }
}

/**
 * Every change, newest first, with filters and paging (the admin's view of the log); an account of a region
 * reads the changes to its own counties' things and accounts only.
 */
export async function changesView(db: Db, q: ChangeQuery, scope: Scope = WHOLE): Promise<ChangeList> {
  const { total, rows } = await listChanges(db, {
    entity: q.entity,
    entityId: q.entityId,
    actor: q.actor,
    action: q.action,
    from: q.from,
    to: q.to,
    scope:
      scope.kind === 'all' ? undefined : { countyIds: [...scope.countyIds], regionIds: [...scope.regionIds] },
    limit: q.size,
    offset: (q.page - 1) * q.size,
  });
  const subjects: string[] = [];
  for (const e of rows) subjects.push(await subjectOf(db, e));
  return {
    total,
    page: q.page,
    size: q.size,
    entries: rows.map((e, i) => ({
      id: e.id,
      entity: e.entity,
      entityId: e.entityId ?? e.factId,
      subject: subjects[i] ?? '',
      actor: e.actor,
      at: e.at,
      action: e.action,
      before: parse(e.before),
      after: parse(e.after),
      reason: e.reason,
    })),
  };
}

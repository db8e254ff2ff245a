import { StoreError } from '../errors.ts';
import { postgresSide, type Row, type Side, sqliteSide } from './sides.ts';

/** Where an installation lives: `sqlite:<file>` or a `postgres://` URL. */
export type Endpoint = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function parseEndpoint(text: string): Endpoint {
  if (/^postgres(?:ql)?:\/\//.test(text)) return { kind: 'postgres', url: text };
  const file = /^sqlite:(.+)$/.exec(text)?.[1];
  if (file) return { kind: 'sqlite', file };
  throw new StoreError(
    'bad_endpoint',
    `无法识别“${text}”：SQLite 写作 sqlite:文件路径，PostgreSQL 写作 postgres://用户@主机:端口/数据库`,
  );
}

/**
 * Every table, in an order in which each row's references are already there. The indicator catalog is
 * synced from @fazhi/catalog when a store opens; it is copied only into a database that has none yet.
 */
export const TABLES = [
  'indicators',
  'regions',
  'users',
  'sessions',
  'units',
  'unit_aliases',
  'reports',
  'facts',
  'unread_figures',
  'submissions',
  'deadlines',
  'audit_log',
  'login_failures',
] as const;

export interface TableCount {
  table: string;
  from: number;
  to: number;
}

const open = (e: Endpoint): Promise<Side> =>
  e.kind === 'sqlite' ? Promise.resolve(sqliteSide(e.file)) : postgresSide(e.url);

/** Regions refer to their parents: a parent goes before its children, whatever the ids. */
function parentsFirst(rows: Row[]): Row[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Row[] = [];
  const placed = new Set<unknown>();
  const place = (r: Row) => {
    if (placed.has(r.id)) return;
    placed.add(r.id);
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    if (parent) place(parent);
    out.push(r);
  };
  for (const r of rows) place(r);
  return out;
}

/**
 * Moves an installation (every report, fact, correction, account, session and audit entry) from one database
 * to another, empty one, in one transaction, then counts every table on both sides: a move that does not
 * count the same is an error. The source's rows are not changed (an SQLite source is brought to the current
 * schema when opened, as every command does).
 */
export async function moveInstallation(fromText: string, toText: string): Promise<TableCount[]> {
  const from = await open(parseEndpoint(fromText));
  try {
    const to = await open(parseEndpoint(toText));
    try {
      for (const table of TABLES) {
        if (table === 'indicators') continue;
        const n = await to.count(table);
        if (n > 0) {
          throw new StoreError(
            'target_not_empty',
            `目标数据库（${to.label}）的 ${table} 表已有 ${n} 行，不会覆盖：请指定一个新的空数据库`,
          );
        }
      }
      const catalogThere = (await to.count('indicators')) > 0;
      await to.write(async (insert) => {
        for (const table of TABLES) {
          if (table === 'indicators' && catalogThere) continue;
          const rows = await from.rows(table);
          await insert(table, table === 'regions' ? parentsFirst(rows) : rows);
        }
      });
      const counts: TableCount[] = [];
      for (const table of TABLES) {
        counts.push({ table, from: await from.count(table), to: await to.count(table) });
      }
      const off = counts.filter((c) => c.from !== c.to);
      if (off.length > 0) {
        throw new StoreError(
          'count_mismatch',
          `迁移后行数不一致：${off.map((c) => `${c.table} ${c.from} → ${c.to}`).join('；')}`,
        );
      }
      return counts;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}

import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db, Store } from '../client.ts';
import { StoreError } from '../errors.ts';
import { syncIndicators } from '../queries/indicators.ts';
import { dataVersion } from '../queries/read.ts';
import { migratePg } from './migrate.ts';

// PostgreSQL's 64-bit integers (count(*), sum(), the data version, login_failures.at) and numerics come back
// from node-postgres as strings; the store's rows carry numbers, as on SQLite. Every such value here is well
// inside 2^53 (counts, milliseconds since 1970). Set on node-postgres' global parsers, since drizzle passes
// those to every query it sends (a pool's own `types` would be overridden).
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));

/** The server's address as it may appear in messages and logs: without the password. */
export function addressOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://（地址无法解析）';
  }
}

/** Why a PostgreSQL server could not be used, in words for the person at the terminal. */
export function unreachable(err: unknown, where: string): StoreError {
  const code = (err as { code?: string }).code ?? '';
  const why: Record<string, string> = {
    ECONNREFUSED: '连接被拒绝：服务器未启动，或地址、端口不对',
    ENOTFOUND: '找不到该主机名',
    ETIMEDOUT: '连接超时',
    '28P01': '用户名或密码不对',
    '28000': '服务器不允许该用户从本机连接（pg_hba.conf）',
    '3D000': '数据库不存在：请先 createdb 建一个空库',
  };
  const detail = why[code] ?? (err instanceof Error ? err.message : String(err));
  return new StoreError('server_unreachable', `无法使用 PostgreSQL 数据库 ${where}：${detail}`);
}

export interface PgStoreOptions {
  /** connections this process keeps to the server (PG_POOL) */
  poolSize?: number;
}

/**
 * The store on a PostgreSQL server: its committed migrations applied (under an advisory lock, so several
 * processes may start at once) and the catalog synced. The same queries as on SQLite run through drizzle's
 * node-postgres driver with the SQLite schema's tables (the two schemas are held equal by schema-pg.test.ts);
 * write transactions queue on one advisory lock, as SQLite's writers do on its file (see run.ts).
 */
export async function openPgStore(url: string, opts: PgStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
  // a connection the server drops while idle must not take the process down with it
  pool.on('error', () => undefined);
  try {
    try {
      await migratePg(pool);
    } catch (err) {
      throw unreachable(err, addressOf(url));
    }
    const db = drizzle({ client: pool }) as unknown as Db;
    await syncIndicators(db);
    return {
      engine: 'postgres',
      db,
      file: addressOf(url),
      readOnly: null,
      version: () => dataVersion(db),
      // closing twice is harmless, as better-sqlite3's close is
      close: () => (pool.ended ? Promise.resolve() : pool.end()),
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}

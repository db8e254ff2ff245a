import { execFile } from 'node:child_process';
import { existsSync, linkSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { StoreError } from '../errors.ts';

const run = promisify(execFile);

export interface DumpResult {
  file: string;
  bytes: number;
  reports: number;
}

async function reportsIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('select count(*) as n from reports')).rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** The first bytes of a backup say which engine wrote it: pg_dump's custom format, or an SQLite file. */
export function backupKind(head: Buffer): 'postgres' | 'sqlite' | null {
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  return null;
}

/**
 * A backup of a PostgreSQL installation: pg_dump's custom format (one consistent snapshot, taken while the
 * servers keep serving), written under a temporary name, listed back by pg_restore, then linked into place:
 * an existing file is never overwritten and a dump cut short leaves nothing behind.
 */
export async function dumpPostgres(url: string, target: string): Promise<DumpResult> {
  if (existsSync(target)) {
    throw new StoreError('file_exists', `备份文件 ${target} 已存在，不会覆盖：请换一个文件名`);
  }
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    await run('pg_dump', ['--format=custom', '--no-owner', '--file', partial, '--dbname', url]);
    await run('pg_restore', ['--list', partial]);
    linkSync(partial, target);
    return { file: target, bytes: statSync(target).size, reports: await reportsIn(url) };
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const detail = (err as { stderr?: string }).stderr?.trim() || (err as Error).message;
    throw new StoreError('server_unreachable', `PostgreSQL 备份失败：${detail}`);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Reads a pg_dump backup into an empty PostgreSQL database (no tables yet: a new `createdb`), then counts its
 * reports. A database that already has tables is refused: restoring never mixes two installations.
 */
export async function restorePostgres(file: string, url: string): Promise<{ reports: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = Number(
      (
        await client.query(
          `select count(*) as n from information_schema.tables where table_schema = 'public'`,
        )
      ).rows[0]?.n ?? 0,
    );
    if (tables > 0) {
      throw new StoreError(
        'target_not_empty',
        `目标数据库已有 ${tables} 张表，不会覆盖：请恢复到一个新建的空库（createdb）`,
      );
    }
  } finally {
    await client.end();
  }
  try {
    await run('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', url, file]);
  } catch (err) {
    const detail = (err as { stderr?: string }).stderr?.trim() || (err as Error).message;
    throw new StoreError('server_unreachable', `PostgreSQL 恢复失败（目标库未改动）：${detail}`);
  }
  return { reports: await reportsIn(url) };
}

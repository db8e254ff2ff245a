import { existsSync, linkSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors.ts';
import { storageFault } from './faults.ts';
import { openReadOnlyConnection } from './read-only.ts';

export interface BackupResult {
  file: string;
  bytes: number;
  reports: number;
}

const targetExists = (target: string) =>
  new StoreError('file_exists', `备份文件 ${target} 已存在，不会覆盖：请换一个文件名`);

/** Opens the copy, checks it and counts its reports: a backup that cannot be read is no backup. */
function checkCopy(file: string) {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`备份副本校验未通过：${String(check)}`);
    return { reports: Number(copy.prepare('select count(*) from reports').pluck().get()) };
  } finally {
    copy.close();
  }
}

/**
 * A consistent copy of the database at `target` (SQLite VACUUM INTO runs in one read transaction, so a
 * copy taken while the server or an ingest writes has every committed report and nothing half-written).
 * It is written beside the target under a temporary name and linked into place: an existing file is never
 * overwritten, and a copy cut short (a full disk) leaves nothing behind.
 */
export function backupDatabase(file: string, target: string): BackupResult {
  if (existsSync(target)) throw targetExists(target);
  const source = openReadOnlyConnection(file);
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    try {
      source.prepare('VACUUM INTO ?').run(partial);
    } catch (err) {
      throw storageFault(err, target) ?? err;
    }
    const { reports } = checkCopy(partial);
    try {
      linkSync(partial, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw targetExists(target);
      throw storageFault(err, target) ?? err;
    }
    return { file: target, bytes: statSync(target).size, reports };
  } finally {
    source.close();
    rmSync(partial, { force: true });
  }
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { BUSY_TIMEOUT_MS, openStore, type SqliteStore } from './client.ts';
import { StorageFault } from './faults.ts';
import { pendingMigrations } from './migrate.ts';
import { syncIndicatorsOnOpen } from './queries/indicators.ts';
import { dataVersion } from './queries/read.ts';
import * as schema from './schema/index.ts';

// Tables a read-only server still has to write: sign-ins and failed sign-ins. They get a TEMP copy, which SQLite finds before
// the main table of the same name, so the session code works unchanged and nothing reaches the file.
const VOLATILE = ['sessions', 'login_failures'];

/**
 * A read-only connection to the file. When its folder cannot hold the -wal/-shm files SQLite needs to read
 * a WAL database, the file is read into memory instead (marked as a rollback-journal file: the in-memory
 * copy has no WAL), unless a -wal file holds changes not yet in the main file.
 */
export function openReadOnlyConnection(file: string): Database.Database {
  if (!existsSync(file)) {
    throw new StorageFault('read_only', file, `数据库文件 ${file} 不存在`, `数据库文件 ${file} 不存在`);
  }
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    sqlite.pragma('schema_version');
    return sqlite;
  } catch (err) {
    sqlite.close();
    const code = (err as { code?: string }).code ?? '';
    if (!/^SQLITE_(CANTOPEN|IOERR)/.test(code)) throw err;
  }
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    const detail = `${wal} 中有尚未写入主文件的修改，而所在文件夹不可写，无法读取`;
    throw new StorageFault('read_only', file, detail, `${detail}：请让文件夹可写后重试`);
  }
  const bytes = readFileSync(file);
  bytes[18] = 1; // file format write/read versions: 2 means WAL, 1 the rollback journal
  bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

/**
 * The store read-only, for a server that cannot write its database: reads work, writes fail with
 * SQLITE_READONLY, sign-ins live in memory. Refused when the file needs migrating or its catalog syncing
 * first, since that would have to write.
 */
export function openStoreReadOnly(file: string, reason: string): SqliteStore {
  const sqlite = openReadOnlyConnection(file);
  try {
    const db = drizzle({ client: sqlite, schema });
    if (pendingMigrations(sqlite).length > 0 || !syncIndicatorsOnOpen(db, true)) {
      const detail = `数据库 ${file} 需要升级（迁移）才能使用，但${reason}`;
      throw new StorageFault('read_only', file, detail, `${detail}：无法启动，请让数据库可写后重试`);
    }
    // nothing is written to the file, so its foreign keys cannot be broken; the TEMP copies could not
    // refer to main tables anyway
    sqlite.pragma('foreign_keys = OFF');
    for (const table of VOLATILE) {
      const ddl = sqlite
        .prepare(`select sql from sqlite_master where type = 'table' and name = ?`)
        .pluck()
        .get(table);
      if (typeof ddl !== 'string') continue;
      sqlite.exec(ddl.replace(/^CREATE TABLE/i, 'CREATE TEMP TABLE'));
      sqlite.exec(`INSERT INTO temp."${table}" SELECT * FROM main."${table}"`);
    }
    return {
      engine: 'sqlite',
      db,
      sqlite,
      file,
      readOnly: reason,
      version: () => dataVersion(db),
      close: async () => {
        sqlite.close();
      },
    };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

/**
 * For the server: the store read-write when possible; when the file or its folder cannot be written (or
 * the disk is full), read-only with the reason, so people can still read while someone fixes it.
 */
export function openStoreForServing(file: string): SqliteStore {
  try {
    return openStore(file);
  } catch (err) {
    if (!(err instanceof StorageFault) || err.kind === 'busy') throw err;
    return openStoreReadOnly(file, err.detail);
  }
}

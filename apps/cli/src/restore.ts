import { closeSync, copyFileSync, existsSync, openSync, readSync } from 'node:fs';
import { databaseUrl, dbPath, userPath, userRelative } from '@fazhi/config';
import { StoreError } from '@fazhi/db';
import { backupKind, moveInstallation, restorePostgres } from '@fazhi/db/pg';

// pnpm restore <backup>: reads either kind of backup back. A pg_dump file goes into the (empty) database of
// DATABASE_URL; an SQLite backup into that database too, or, without DATABASE_URL, to DB_PATH when no file is
// there yet. Nothing existing is ever overwritten.
const USAGE =
  '用法：pnpm restore <备份文件>（.dump 恢复到 DATABASE_URL 指向的空库；.db 恢复到 DATABASE_URL 的空库，未设置时恢复为 DB_PATH）';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 1 || args[0]?.startsWith('-')) {
  console.error(USAGE);
  process.exit(2);
}
const file = userPath(args[0] as string);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!existsSync(file)) fail(`找不到备份文件 ${userRelative(file)}`);
const head = Buffer.alloc(16);
const fd = openSync(file, 'r');
readSync(fd, head, 0, 16, 0);
closeSync(fd);
const kind = backupKind(head);
const url = databaseUrl();

try {
  if (kind === null)
    fail(`${userRelative(file)} 不是本系统的备份（既不是 SQLite 数据库，也不是 pg_dump 文件）`);
  if (kind === 'postgres') {
    if (!url) fail('这是 PostgreSQL 的备份（pg_dump）：请用 DATABASE_URL 指定要恢复到的空库（先 createdb）');
    const done = await restorePostgres(file, url as string);
    console.log(`已恢复到 PostgreSQL 数据库（报告 ${done.reports} 份）`);
  } else if (url) {
    const counts = await moveInstallation(`sqlite:${file}`, url);
    console.log(
      `已把 SQLite 备份恢复到 PostgreSQL 数据库（报告 ${counts.find((c) => c.table === 'reports')?.to} 份）`,
    );
  } else {
    const target = dbPath();
    if (existsSync(target)) {
      fail(
        `${userRelative(target)} 已存在，不会覆盖：请先停止服务，把它移走（连同 -wal、-shm 文件），再运行恢复`,
      );
    }
    copyFileSync(file, target);
    console.log(`已把 ${userRelative(file)} 恢复为 ${userRelative(target)}`);
  }
} catch (err) {
  if (!(err instanceof StoreError)) throw err;
  fail(err.message);
}

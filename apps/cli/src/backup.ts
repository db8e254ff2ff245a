import path from 'node:path';
import { databaseUrl, dbPath, userPath, userRelative } from '@fazhi/config';
import { backupDatabase, StoreError } from '@fazhi/db';
import { dumpPostgres } from '@fazhi/db/pg';
import { orExit } from './faults.ts';

// pnpm backup [file]: a consistent copy of DB_PATH (or, with DATABASE_URL, a pg_dump of that database), safe
// while the server or an ingest runs.
const USAGE =
  '用法：pnpm backup [备份文件]（默认为数据库旁的 backup-年月日-时分秒.db；设置了 DATABASE_URL 时为当前目录下的 backup-年月日-时分秒.dump；不会覆盖已有文件）';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
  console.error(USAGE);
  process.exit(2);
}
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
const url = databaseUrl();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

if (url) {
  const target = userPath(args[0] ?? `backup-${stamp}.dump`);
  try {
    const done = await dumpPostgres(url, target);
    console.log(
      `已备份 PostgreSQL 数据库 → ${userRelative(done.file)}（${mb(done.bytes)} MB，报告 ${done.reports} 份）`,
    );
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
} else {
  const file = dbPath();
  const target = args[0] ? userPath(args[0]) : path.join(path.dirname(file), `backup-${stamp}.db`);
  const done = orExit(file, () => backupDatabase(file, target));
  console.log(
    `已备份 ${userRelative(file)} → ${userRelative(done.file)}（${mb(done.bytes)} MB，报告 ${done.reports} 份）`,
  );
}

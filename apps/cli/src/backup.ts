import path from 'node:path';
import { dbPath, userPath, userRelative } from '@fazhi/config';
import { backupDatabase } from '@fazhi/db';
import { orExit } from './faults.ts';

// pnpm backup [file]: a consistent copy of DB_PATH, safe while the server or an ingest runs.
const USAGE = '用法：pnpm backup [备份文件]（默认为数据库旁的 backup-年月日-时分秒.db；不会覆盖已有文件）';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
  console.error(USAGE);
  process.exit(2);
}
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
const file = dbPath();
const target = args[0] ? userPath(args[0]) : path.join(path.dirname(file), `backup-${stamp}.db`);
const done = orExit(file, () => backupDatabase(file, target));
console.log(
  `已备份 ${userRelative(file)} → ${userRelative(done.file)}（${(done.bytes / 1024 / 1024).toFixed(1)} MB，报告 ${done.reports} 份）`,
);

import { StoreError } from '@fazhi/db';
import { moveInstallation } from '@fazhi/db/pg';

// pnpm migrate-data --from sqlite:data/app.db --to postgres://user@host:5432/fazhi (or the other way round):
// moves an installation between the embedded file and a PostgreSQL server, then counts every table on both.
const USAGE =
  '用法：pnpm migrate-data --from <来源> --to <目标>\n' +
  '  来源与目标写作 sqlite:文件路径 或 postgres://用户:密码@主机:端口/数据库；目标必须是空数据库（新文件或新建的库）\n' +
  '  例：pnpm migrate-data --from sqlite:data/app.db --to postgres://fazhi@127.0.0.1:5432/fazhi';

function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const from = option(args, '--from');
const to = option(args, '--to');
if (!from || !to || args.length !== 4) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const started = Date.now();
  const counts = await moveInstallation(from, to);
  const width = Math.max(...counts.map((c) => c.table.length));
  console.log(`已迁移：${from.replace(/:[^:@/]*@/, ':***@')} → ${to.replace(/:[^:@/]*@/, ':***@')}`);
  for (const c of counts) console.log(`  ${c.table.padEnd(width)}  ${String(c.from).padStart(8)} → ${c.to}`);
  console.log(`各表行数一致（${((Date.now() - started) / 1000).toFixed(1)} 秒）。`);
} catch (err) {
  // a store error says what to do; anything else (a server that refused the connection) keeps its own words
  const message = err instanceof StoreError || err instanceof Error ? err.message : String(err);
  console.error(`迁移失败，目标数据库未写入：${message}`);
  process.exit(1);
}

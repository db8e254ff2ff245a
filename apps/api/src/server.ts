import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  dbPath,
  ingestTimeoutS,
  ingestWorkers,
  maxFileMb,
  openReading,
  rankingMinBase,
  serverAddress,
  sessionHours,
  webDist,
} from '@fazhi/config';
import { countUsers, openStore, type Store } from '@fazhi/db';
import { buildApp } from './app.ts';

/** Runs the API on HOST:PORT over the database at DB_PATH until SIGINT/SIGTERM. */
export async function serve(store: Store = openStore(dbPath())): Promise<void> {
  const { host, port } = serverAddress();
  const app = await buildApp(
    {
      store,
      minBase: rankingMinBase(),
      maxFileBytes: maxFileMb() * 1024 * 1024,
      validateResponses: false,
      openReading: openReading(),
      sessionHours: sessionHours(),
      ingestWorkers: ingestWorkers(),
      ingestTimeoutS: ingestTimeoutS(),
      warmReadPool: true,
    },
    { logger: { level: 'warn' } },
  );
  const address = await app.listen({ host, port });
  console.log(`LISTENING ${address}`);
  if (countUsers(store.db) === 0 && !openReading()) {
    console.log(
      '尚无账户：先运行 pnpm user:add <用户名> --admin 创建管理员，再登录看板（或以 OPEN_READING=true 免登录查看）',
    );
  }
  const web = existsSync(path.join(webDist(), 'index.html'));
  console.log(
    web
      ? `在浏览器中打开看板：${address}/    接口文档：${address}/docs`
      : `看板尚未构建（pnpm --filter @fazhi/web build）；接口文档：${address}/docs`,
  );
  const stop = async () => {
    await app.close();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();

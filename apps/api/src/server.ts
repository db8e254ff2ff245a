import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import {
  databaseUrl,
  dbPath,
  ingestTimeoutS,
  ingestWorkers,
  maxFileMb,
  openReading,
  pdfJobs,
  pgPool,
  rankingMinBase,
  serverAddress,
  sessionHours,
  trustProxy,
  webDist,
} from '@fazhi/config';
import { openStoreForServing, type Store, StoreError, storageFault } from '@fazhi/db';
import { hasAccounts, newSetupCode, SetupCode } from '@fazhi/service';
import { buildApp } from './app.ts';
import { lanUrls } from './lan.ts';

/**
 * The store for the server: the PostgreSQL server at DATABASE_URL when it is set, else the SQLite file,
 * read-write or read-only when it cannot write; a fault it cannot serve around ends the process with one line.
 */
async function openOrExit(file: string): Promise<Store> {
  const url = databaseUrl();
  if (url !== null) {
    const { openPgStore } = await import('@fazhi/db/pg');
    try {
      return await openPgStore(url, { poolSize: pgPool() });
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      console.error(err.message);
      process.exit(1);
    }
  }
  try {
    return openStoreForServing(file);
  } catch (err) {
    const fault = storageFault(err, file);
    if (!fault) throw err;
    console.error(fault.message);
    process.exit(1);
  }
}

/** The first-run lines, framed so they stand out in the terminal as Jenkins' and Jupyter's do. */
function printSetupCode(code: string, address: string) {
  const rule = '─'.repeat(60);
  console.log(
    [
      rule,
      `尚无账户。首次设置：在浏览器中打开 ${address}/setup ，输入设置码 ${code} ，创建第一个管理员`,
      '设置码只在本次运行的内存中，用过一次即失效，重启服务器会换新码；也可运行 pnpm user:add <用户名> --admin',
      rule,
    ].join('\n'),
  );
}

/** Runs the API on HOST:PORT over the database at DB_PATH until SIGINT/SIGTERM (read-only when it cannot write). */
export async function serve(given?: Store): Promise<void> {
  const store = given ?? (await openOrExit(dbPath()));
  const { host, port } = serverAddress();
  // kept only in this process: a restart without accounts prints a new one
  const setupCode = new SetupCode((await hasAccounts(store.db)) || store.readOnly ? null : newSetupCode());
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
      setupCode,
      pdfJobs: pdfJobs(),
    },
    { logger: { level: 'warn' }, trustProxy: trustProxy() },
  );
  const address = await app.listen({ host, port });
  console.log(`LISTENING ${address}`);
  const lan = lanUrls(host, port, networkInterfaces());
  if (lan.length > 0) console.log(`局域网内其他电脑可打开：${lan.map((u) => `${u}/`).join('  ')}`);
  if (store.readOnly) console.log(`数据库只读：${store.readOnly}。看板可以查看，上传、审核和维护暂不可用`);
  if (setupCode.shown) printSetupCode(setupCode.shown, address);
  const web = existsSync(path.join(webDist(), 'index.html'));
  console.log(
    web
      ? `在浏览器中打开看板：${address}/    接口文档：${address}/docs`
      : `看板尚未构建（pnpm --filter @fazhi/web build）；接口文档：${address}/docs`,
  );
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();

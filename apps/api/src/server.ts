import { dbPath, maxFileMb, rankingMinBase, serverAddress } from '@fazhi/config';
import { openStore, type Store } from '@fazhi/db';
import { buildApp } from './app.ts';

/** Runs the API on HOST:PORT over the database at DB_PATH until SIGINT/SIGTERM. */
export async function serve(store: Store = openStore(dbPath())): Promise<void> {
  const { host, port } = serverAddress();
  const app = await buildApp(
    { store, minBase: rankingMinBase(), maxFileBytes: maxFileMb() * 1024 * 1024, validateResponses: false },
    { logger: { level: 'warn' } },
  );
  const address = await app.listen({ host, port });
  console.log(`LISTENING ${address}`);
  console.log(`看板与接口：${address}/    接口文档：${address}/docs`);
  const stop = async () => {
    await app.close();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();

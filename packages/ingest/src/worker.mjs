// The entry of a reading worker. Node 20 cannot load TypeScript by itself, and a worker starts without
// the parent's loader flags (pool.ts passes execArgv: []), so tsx's loader is registered here the same
// way under `pnpm start`, `pnpm ingest` and vitest.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

// The PostgreSQL engine (`@fazhi/db/pg`), apart from the main entry so that SQLite installations never load `pg`.
export * as pgSchema from '../schema-pg/index.ts';
export { backupKind, type DumpResult, dumpPostgres, restorePostgres } from './dump.ts';
export { migratePg, PG_MIGRATIONS } from './migrate.ts';
export { addressOf, openPgStore, type PgStoreOptions } from './store.ts';
export { type Endpoint, moveInstallation, parseEndpoint, TABLES, type TableCount } from './transfer.ts';

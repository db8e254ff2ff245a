// The PostgreSQL twin of ../schema/: the same tables, columns, indexes and keys (schema-pg.test.ts holds them
// together). Types and enums stay with the SQLite schema and the catalog, their one home.
export * from './audit.ts';
export * from './auth.ts';
export * from './facts.ts';
export * from './indicators.ts';
export * from './limits.ts';
export * from './regions.ts';
export * from './reports.ts';
export * from './submissions.ts';
export * from './units.ts';
export * from './unread.ts';

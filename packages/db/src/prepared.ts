import type { Db } from './client.ts';

// Drizzle builds and prepares a statement for every query; on the ingest path the same few queries
// run thousands of times, so they are prepared once per connection object: the store's `db` keeps its
// statements for its life, a transaction's `tx` for the length of the transaction.
const cache = new WeakMap<Db, Map<string, unknown>>();

export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let stmt = statements.get(name) as T | undefined;
  if (stmt === undefined) {
    stmt = build(db);
    statements.set(name, stmt);
  }
  return stmt;
}

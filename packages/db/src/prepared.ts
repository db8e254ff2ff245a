import type { Db } from './client.ts';

// Drizzle builds and prepares a statement for every query; on the ingest path the same few queries
// run thousands of times, so they are prepared once per connection. A transaction shares its
// database's session, so statements prepared on the database run inside the transaction too.
const cache = new WeakMap<object, Map<string, unknown>>();

export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  const session = (db as unknown as { session: object }).session;
  let statements = cache.get(session);
  if (!statements) {
    statements = new Map();
    cache.set(session, statements);
  }
  let stmt = statements.get(name) as T | undefined;
  if (stmt === undefined) {
    stmt = build(db);
    statements.set(name, stmt);
  }
  return stmt;
}

import type { Db } from './client.ts';

// Drizzle builds and prepares a statement for every query; on the ingest path the same few queries
// run thousands of times, so they are prepared once per connection object: the store's `db` keeps its
// statements for its life, a transaction's `tx` for the length of the transaction. `build` returns
// `builder.prepare()`: on PostgreSQL the same builder prepares a node-postgres query, and `execute` runs
// either (better-sqlite3's at once, when awaited).
type Statement = { execute(params?: Record<string, unknown>): unknown };
type Result<S extends Statement> = Awaited<ReturnType<S['execute']>>;

export interface Prepared<S extends Statement> {
  /** the rows (of a select, or an insert … returning), or the driver's report of a plain write */
  all(params?: Record<string, unknown>): Promise<Result<S>>;
  get(params?: Record<string, unknown>): Promise<Result<S> extends (infer R)[] ? R | undefined : never>;
}

const cache = new WeakMap<Db, Map<string, Statement>>();

export function prepared<S extends Statement>(db: Db, name: string, build: (db: Db) => S): Prepared<S> {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let stmt = statements.get(name) as S | undefined;
  if (stmt === undefined) {
    stmt = build(db);
    statements.set(name, stmt);
  }
  const statement = stmt;
  const all = async (params?: Record<string, unknown>): Promise<unknown> => statement.execute(params);
  return {
    all: all as Prepared<S>['all'],
    get: async (params) => ((await all(params)) as unknown[])[0] as never,
  };
}

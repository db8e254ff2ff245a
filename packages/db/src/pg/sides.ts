import { asc, getTableColumns, getTableName, is, sql, Table } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import pg from 'pg';
import { openStore } from '../client.ts';
import * as liteSchema from '../schema/index.ts';
import * as pgSchema from '../schema-pg/index.ts';
import { migratePg } from './migrate.ts';
import { unreachable } from './store.ts';

export type Row = Record<string, unknown>;

/** One end of a move: its tables read and written by name, the whole write in one transaction. */
export interface Side {
  label: string;
  count(table: string): Promise<number>;
  /** every row, ordered by the primary key so that rows referring to earlier ones come after them */
  rows(table: string): Promise<Row[]>;
  /** runs the writes in one transaction, checks references before committing */
  write(fill: (insert: (table: string, rows: Row[]) => Promise<void>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

function tablesOf<T extends Table>(schema: Record<string, unknown>): Map<string, T> {
  const out = new Map<string, T>();
  for (const v of Object.values(schema)) if (is(v, Table)) out.set(getTableName(v), v as T);
  return out;
}
const LITE = tablesOf<SQLiteTable>(liteSchema);
const PG = tablesOf<PgTable>(pgSchema);
/** Every table of the schema, by name (the move's list is held against it). */
export const SCHEMA_TABLES: ReadonlySet<string> = new Set(LITE.keys());

/** The primary key column, by which rows are read (rows referring to earlier ones come after them). */
const orderKey = (t: Table) => Object.values(getTableColumns(t)).find((c) => c.primary);

function must<T>(map: Map<string, T>, name: string): T {
  const t = map.get(name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}

/** Inserting a few hundred rows a statement keeps within both engines' limits on bound parameters. */
const BATCH = 200;

export function sqliteSide(file: string): Side {
  const store = openStore(file);
  const db = store.db;
  return {
    label: `SQLite ${file}`,
    count: async (table) =>
      Number(store.sqlite.prepare(`select count(*) from "${table}"`).pluck().get() ?? 0),
    rows: async (table) => {
      const t = must(LITE, table);
      const key = orderKey(t);
      const q = db.select().from(t);
      return (key ? q.orderBy(asc(key)) : q).all() as Row[];
    },
    write: async (fill) => {
      // references are checked once everything is in, in the same transaction
      store.sqlite.pragma('foreign_keys = OFF');
      store.sqlite.exec('BEGIN IMMEDIATE');
      try {
        await fill(async (table, rows) => {
          const t = must(LITE, table);
          for (let i = 0; i < rows.length; i += BATCH) {
            db.insert(t)
              .values(rows.slice(i, i + BATCH) as never)
              .run();
          }
        });
        const broken = store.sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`${broken.length} 行引用了不存在的记录`);
        store.sqlite.exec('COMMIT');
      } catch (err) {
        store.sqlite.exec('ROLLBACK');
        throw err;
      } finally {
        store.sqlite.pragma('foreign_keys = ON');
      }
    },
    close: async () => store.close(),
  };
}

export async function postgresSide(url: string): Promise<Side> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const where = `${new URL(url).host}${new URL(url).pathname}`;
  try {
    await migratePg(pool);
  } catch (err) {
    await pool.end();
    throw unreachable(err, where);
  }
  const db = drizzle({ client: pool });
  const label = `PostgreSQL ${where}`;
  return {
    label,
    count: async (table) =>
      Number((await pool.query(`select count(*) as n from "${table}"`)).rows[0]?.n ?? 0),
    rows: async (table) => {
      const t = must(PG, table);
      const key = orderKey(t);
      const q = db.select().from(t);
      return (await (key ? q.orderBy(asc(key)) : q)) as Row[];
    },
    write: async (fill) => {
      const client = await pool.connect();
      const tx = drizzle({ client });
      try {
        await client.query('BEGIN');
        const filled: string[] = [];
        await fill(async (table, rows) => {
          const t = must(PG, table);
          for (let i = 0; i < rows.length; i += BATCH) {
            await tx.insert(t).values(rows.slice(i, i + BATCH) as never);
          }
          filled.push(table);
        });
        // ids were copied: the next id each table gives must come after them
        for (const table of filled) {
          const hasIdentity = await client.query(
            `select 1 from information_schema.columns where table_name = $1 and column_name = 'id' and is_identity = 'YES'`,
            [table],
          );
          if (hasIdentity.rowCount === 0) continue;
          await tx.execute(
            sql.raw(
              `select setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((select max(id) from "${table}"), 0) + 1, false)`,
            ),
          );
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

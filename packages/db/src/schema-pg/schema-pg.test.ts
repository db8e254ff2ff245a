import { type Column, getTableName, is, Table } from 'drizzle-orm';
import { type PgTable, getTableConfig as pgConfig } from 'drizzle-orm/pg-core';
import { type SQLiteTable, getTableConfig as sqliteConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, test } from 'vitest';
import * as sqliteSchema from '../schema/index.ts';
import * as pgSchema from './index.ts';

// The PostgreSQL schema mirrors the SQLite one; these tests keep the two from drifting apart.

const tablesOf = <T extends Table>(schema: Record<string, unknown>) =>
  new Map(
    Object.values(schema)
      .filter((v): v is T => is(v, Table))
      .map((t) => [getTableName(t), t] as const),
  );
const sqliteTables = tablesOf<SQLiteTable>(sqliteSchema);
const pgTables = tablesOf<PgTable>(pgSchema);

/** What a column holds, in words both dialects share (SQLite keeps booleans and JSON in integer and text). */
const KINDS: Record<string, string> = {
  SQLiteInteger: 'integer',
  SQLiteBoolean: 'boolean',
  SQLiteReal: 'float',
  SQLiteText: 'text',
  SQLiteTextJson: 'json',
  PgInteger: 'integer',
  // SQLite's integer is 64-bit: a count of milliseconds needs PostgreSQL's bigint
  PgBigInt53: 'integer',
  PgBoolean: 'boolean',
  PgDoublePrecision: 'float',
  PgText: 'text',
  PgCustomColumn: 'json',
};

const columnShape = (c: Column) => ({
  name: c.name,
  kind: KINDS[c.columnType] ?? c.columnType,
  notNull: c.notNull,
  primary: c.primary,
  // SQLite numbers any INTEGER PRIMARY KEY itself (deadlines.year too); PostgreSQL only its identity columns
  hasDefault: c.primary ? null : c.hasDefault,
  enumValues: c.enumValues ?? null,
});

type Config = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;
const byName = <T extends { name?: string }>(rows: T[]) =>
  rows.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));

function shape(config: Config) {
  return {
    columns: byName(config.columns.map(columnShape)),
    indexes: byName(
      config.indexes.map((i) => ({
        name: i.config.name,
        unique: i.config.unique,
        on: i.config.columns.map((c) => ('name' in c ? c.name : String(c))),
      })),
    ),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const r = fk.reference();
        const target = `${getTableName(r.foreignTable)}(${r.foreignColumns.map((c) => c.name).join(',')})`;
        return `${r.columns.map((c) => c.name).join(',')} → ${target}`;
      })
      .sort(),
  };
}

describe('the PostgreSQL schema', () => {
  test('has the same tables as the SQLite schema', () => {
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
  });

  describe.each([...sqliteTables.keys()].sort())('table %s', (name) => {
    const sqlite = sqliteTables.get(name);
    const pg = pgTables.get(name);

    test('has the same columns, not-null, defaults, primary keys, indexes and foreign keys', () => {
      if (!sqlite || !pg) throw new Error(`${name} is missing from one of the schemas`);
      expect(shape(pgConfig(pg))).toEqual(shape(sqliteConfig(sqlite)));
    });
  });
});

import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Province → city → county, one row per place; a county's parent is its city (or province) when known. */
export const regions = sqliteTable(
  'regions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county'] }).notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => regions.id),
  },
  (t) => [index('regions_level_name').on(t.level, t.name)],
);

export type Region = typeof regions.$inferSelect;

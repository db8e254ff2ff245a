import { DIRECTIONS } from '@fazhi/catalog';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The indicator catalog, synced from @fazhi/catalog at start so that SQL can join on it. */
export const indicators = sqliteTable('indicators', {
  key: text('key').primaryKey(),
  label: text('label').notNull(),
  unit: text('unit').notNull(),
  groupKey: text('group_key').notNull(),
  direction: text('direction', { enum: DIRECTIONS }).notNull(),
  combine: text('combine').notNull(),
});

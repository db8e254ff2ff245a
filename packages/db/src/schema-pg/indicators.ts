import { DIRECTIONS } from '@fazhi/catalog';
import { pgTable, text } from 'drizzle-orm/pg-core';

/** See schema/indicators.ts. */
export const indicators = pgTable('indicators', {
  key: text('key').primaryKey(),
  label: text('label').notNull(),
  unit: text('unit').notNull(),
  groupKey: text('group_key').notNull(),
  direction: text('direction', { enum: DIRECTIONS }).notNull(),
  combine: text('combine').notNull(),
});

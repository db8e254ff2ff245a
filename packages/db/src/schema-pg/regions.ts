import { type AnyPgColumn, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId } from './columns.ts';

/** See schema/regions.ts. */
export const regions = pgTable(
  'regions',
  {
    id: serialId('id'),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county'] }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => regions.id),
  },
  (t) => [index('regions_level_name').on(t.level, t.name)],
);

import { UNIT_TYPES } from '@fazhi/catalog';
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { regions } from './regions.ts';

export { UNIT_TYPES } from '@fazhi/catalog';

/** A reporting unit. county_id null: the county is not known yet and a person must assign it. */
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    type: text('type', { enum: UNIT_TYPES }).notNull(),
    countyId: integer('county_id').references(() => regions.id),
    population: integer('population'),
    villages: integer('villages'),
    /**
     * The administrative division (National Bureau of Statistics code): the 乡级 code of a town or street,
     * the county's of a county or a county department. Null when no one knows it yet.
     */
    divisionCode: text('division_code'),
    sample: integer('sample', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('units_county_name').on(t.countyId, t.name)],
);

/** Other names of a unit (renamed or merged units), matched like its name within its county. */
export const unitAliases = sqliteTable(
  'unit_aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    alias: text('alias').notNull(),
  },
  (t) => [index('unit_aliases_alias').on(t.alias)],
);

export type Unit = typeof units.$inferSelect;

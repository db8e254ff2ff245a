import { UNIT_TYPES } from '@fazhi/catalog';
import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { isoTimestamp, serialId } from './columns.ts';
import { regions } from './regions.ts';

/** See schema/units.ts. */
export const units = pgTable(
  'units',
  {
    id: serialId('id'),
    name: text('name').notNull(),
    type: text('type', { enum: UNIT_TYPES }).notNull(),
    countyId: integer('county_id').references(() => regions.id),
    population: integer('population'),
    villages: integer('villages'),
    divisionCode: text('division_code'),
    sample: boolean('sample').notNull().default(false),
    createdAt: isoTimestamp('created_at'),
  },
  (t) => [index('units_county_name').on(t.countyId, t.name)],
);

export const unitAliases = pgTable(
  'unit_aliases',
  {
    id: serialId('id'),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    alias: text('alias').notNull(),
  },
  (t) => [index('unit_aliases_alias').on(t.alias)],
);

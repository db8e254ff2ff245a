import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { serialId } from './columns.ts';
import { units } from './units.ts';

/** See schema/submissions.ts. */
export const submissions = pgTable(
  'submissions',
  {
    id: serialId('id'),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    receivedOn: text('received_on'),
    publishedUrl: text('published_url'),
    publishedCheckedOn: text('published_checked_on'),
  },
  (t) => [uniqueIndex('submissions_unit_year').on(t.unitId, t.year)],
);

export const deadlines = pgTable('deadlines', {
  year: integer('year').primaryKey(),
  reportBy: text('report_by').notNull(),
  publishBy: text('publish_by').notNull(),
});

import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { units } from './units.ts';

/**
 * How a unit's report for a year was handed in and made public, as the office records it: kept per unit and
 * year, not per version, so a corrected version keeps them. Without a row, the report was received when its
 * first version was uploaded and nothing is known of its publication.
 */
export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    /** 报送日期 (YYYY-MM-DD) an editor set; null: the first upload's date */
    receivedOn: text('received_on'),
    /** 公开网址 where the report is published */
    publishedUrl: text('published_url'),
    /** the date someone checked that address (YYYY-MM-DD) */
    publishedCheckedOn: text('published_checked_on'),
  },
  (t) => [uniqueIndex('submissions_unit_year').on(t.unitId, t.year)],
);

export type Submission = typeof submissions.$inferSelect;

/**
 * The deadlines for the reports of one year (the year reported on): handed in by `reportBy`, made public by
 * `publishBy`. Without a row, the national rule: 1 March and 1 April of the following year.
 */
export const deadlines = sqliteTable('deadlines', {
  year: integer('year').primaryKey(),
  reportBy: text('report_by').notNull(),
  publishBy: text('publish_by').notNull(),
});

export type Deadline = typeof deadlines.$inferSelect;

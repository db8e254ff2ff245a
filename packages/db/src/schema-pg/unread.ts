import { QUALIFIERS } from '@fazhi/catalog';
import { doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId } from './columns.ts';
import { reports } from './reports.ts';

/** See schema/unread.ts. */
export const unreadFigures = pgTable(
  'unread_figures',
  {
    id: serialId('id'),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    value: doublePrecision('value').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    measure: text('measure').notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    evidence: text('evidence').notNull(),
    figureStart: integer('figure_start').notNull(),
    figureEnd: integer('figure_end').notNull(),
  },
  (t) => [index('unread_figures_report').on(t.reportId)],
);

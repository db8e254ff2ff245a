import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { QUALIFIERS } from './facts.ts';
import { reports } from './reports.ts';

/**
 * A figure of a report version that the engine found but no rule read as an indicator (未识别的数字):
 * offered to an editor, never counted. Replaced with the engine's facts on every extraction; an editor
 * adds one as a fact, after which a fact covers its figure and it is no longer offered.
 */
export const unreadFigures = sqliteTable(
  'unread_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    value: real('value').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    /** 次, 场, 件, 人次 … */
    measure: text('measure').notNull(),
    /** the clause around the figure, in the report text */
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    evidence: text('evidence').notNull(),
    /** the number itself with its measure word */
    figureStart: integer('figure_start').notNull(),
    figureEnd: integer('figure_end').notNull(),
  },
  (t) => [index('unread_figures_report').on(t.reportId)],
);

export type UnreadRow = typeof unreadFigures.$inferSelect;

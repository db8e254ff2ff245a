import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { prepared } from '../prepared.ts';
import { type Report, reports, type Unit, type UnreadRow, units, unreadFigures } from '../schema/index.ts';
import { inCounties } from './scope.ts';

/** An unread figure as the extraction engine gives it (structurally the engine's UnreadFigure). */
export interface ExtractedUnread {
  value: number;
  qualifier: UnreadRow['qualifier'];
  measure: string;
  start: number;
  end: number;
  text: string;
  figureStart: number;
  figureEnd: number;
}

const p = (name: string) => sql.placeholder(name);

/** Replaces a report version's unread figures with a new extraction's. Returns the count stored. */
export async function storeUnread(
  db: Db,
  reportId: number,
  figures: readonly ExtractedUnread[],
): Promise<number> {
  await prepared(db, 'deleteUnread', (d) =>
    d
      .delete(unreadFigures)
      .where(eq(unreadFigures.reportId, p('reportId')))
      .prepare(),
  ).all({ reportId });
  const insert = prepared(db, 'insertUnread', (d) =>
    d
      .insert(unreadFigures)
      .values({
        reportId: p('reportId'),
        value: p('value'),
        qualifier: p('qualifier'),
        measure: p('measure'),
        spanStart: p('spanStart'),
        spanEnd: p('spanEnd'),
        evidence: p('evidence'),
        figureStart: p('figureStart'),
        figureEnd: p('figureEnd'),
      })
      .prepare(),
  );
  for (const f of figures) {
    await insert.all({
      reportId,
      value: f.value,
      qualifier: f.qualifier,
      measure: f.measure,
      spanStart: f.start,
      spanEnd: f.end,
      evidence: f.text,
      figureStart: f.figureStart,
      figureEnd: f.figureEnd,
    });
  }
  return figures.length;
}

/**
 * Still offered: no fact of the report covers the figure. A fact a person touched (added, confirmed,
 * corrected, rejected) covers it when its span holds the figure; the engine's own only with the same value.
 */
const stillOffered = sql`not exists (
  select 1 from facts f
  where f.report_id = ${unreadFigures.reportId}
    and f.span_start is not null and f.span_start <= ${unreadFigures.figureStart}
    and f.span_end >= ${unreadFigures.figureEnd}
    and (f.status not in ('auto', 'pending') or f.value = ${unreadFigures.value})
)`;

/** A report's unread figures that no fact covers yet, in text order. */
export function openUnreadOfReport(db: Db, reportId: number): Promise<UnreadRow[]> {
  return db
    .select()
    .from(unreadFigures)
    .where(and(eq(unreadFigures.reportId, reportId), stillOffered))
    .orderBy(asc(unreadFigures.figureStart));
}

export interface UnreadFilter {
  countyId?: number | undefined;
  /** only these counties (an account's region); left out: every county */
  countyIds?: readonly number[] | undefined;
  unitId?: number | undefined;
  /** the report's year */
  year?: number | undefined;
}

export interface UnreadQueueRow {
  figure: UnreadRow;
  report: Pick<Report, 'id' | 'year'>;
  unit: Unit;
}

/** Unread figures still offered in reports in force, narrowed by county, unit and year, report by report. */
export function openUnread(db: Db, filter: UnreadFilter = {}): Promise<UnreadQueueRow[]> {
  return db
    .select({ figure: unreadFigures, report: { id: reports.id, year: reports.year }, unit: units })
    .from(unreadFigures)
    .innerJoin(reports, eq(reports.id, unreadFigures.reportId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(
      and(
        isNull(reports.supersededAt),
        stillOffered,
        filter.countyId === undefined ? undefined : eq(units.countyId, filter.countyId),
        inCounties(units.countyId, filter.countyIds),
        filter.unitId === undefined ? undefined : eq(reports.unitId, filter.unitId),
        filter.year === undefined ? undefined : eq(reports.year, filter.year),
      ),
    )
    .orderBy(asc(reports.id), asc(unreadFigures.figureStart));
}

import type { Qualifier } from '@fazhi/catalog';
import { type Db, openUnread, regionById, type UnreadFilter, type UnreadRow } from '@fazhi/db';
import { unitRef } from './lists.ts';
import type { ReportRef } from './refs.ts';

/** 未识别的数字: a figure with a count measure word that no rule read as an indicator; never counted. */
export interface UnreadFigure {
  id: number;
  reportId: number;
  value: number;
  qualifier: Qualifier;
  /** the measure word after the number: 次, 场, 件, 人次 … */
  measure: string;
  /** [start, end) of the clause around the figure in the report text, and that clause */
  spanStart: number;
  spanEnd: number;
  evidence: string;
  /** [start, end) of the number itself with its measure word */
  figureStart: number;
  figureEnd: number;
}

export interface UnreadEntry {
  figure: UnreadFigure;
  report: ReportRef;
}

/** The first figures of the queue, and how many there are. */
export interface UnreadQueue {
  total: number;
  items: UnreadEntry[];
}

export const unreadBody = (u: UnreadRow): UnreadFigure => ({
  id: u.id,
  reportId: u.reportId,
  value: u.value,
  qualifier: u.qualifier,
  measure: u.measure,
  spanStart: u.spanStart,
  spanEnd: u.spanEnd,
  evidence: u.evidence,
  figureStart: u.figureStart,
  figureEnd: u.figureEnd,
});

/** 未识别的数字 still offered in reports in force, report by report in text order: the first `limit`, and how many. */
export async function unreadQueue(db: Db, filter: UnreadFilter, limit: number): Promise<UnreadQueue> {
  const rows = await openUnread(db, filter);
  const items: UnreadEntry[] = [];
  for (const row of rows.slice(0, limit)) {
    const region = await regionById(db, row.unit.countyId);
    items.push({
      figure: unreadBody(row.figure),
      report: {
        id: row.report.id,
        year: row.report.year,
        unit: unitRef(row.unit),
        county: region ? { id: region.id, name: region.name } : null,
      },
    });
  }
  return { total: rows.length, items };
}

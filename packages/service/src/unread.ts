import type { UnreadBody, UnreadItem } from '@fazhi/contract';
import { type Db, openUnread, regionById, type UnreadFilter, type UnreadRow } from '@fazhi/db';
import type { z } from 'zod';
import { unitRef } from './lists.ts';

export const unreadBody = (u: UnreadRow): z.infer<typeof UnreadBody> => ({
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
export function unreadQueue(db: Db, filter: UnreadFilter, limit: number) {
  const rows = openUnread(db, filter);
  const items: z.infer<typeof UnreadItem>[] = rows.slice(0, limit).map((row) => {
    const region = regionById(db, row.unit.countyId);
    return {
      figure: unreadBody(row.figure),
      report: {
        id: row.report.id,
        year: row.report.year,
        unit: unitRef(row.unit),
        county: region ? { id: region.id, name: region.name } : null,
      },
    };
  });
  return { total: rows.length, items };
}

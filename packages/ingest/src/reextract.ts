import {
  currentReports,
  IMMEDIATE,
  type Store,
  setExtraction,
  storeExtraction,
  storeUnread,
} from '@fazhi/db';
import { EXTRACTOR_VERSION, extractReport, findParts } from '@fazhi/extract';

export interface ReextractSummary {
  reports: number;
  facts: number;
}

/**
 * Runs the current engine over every stored report text again, one transaction per report, under the
 * same rule as a re-ingest: the engine's facts and unread figures are replaced, the facts people decided on
 * are kept.
 */
export function reextractAll(
  store: Store,
  onReport?: (done: number, total: number) => void,
): ReextractSummary {
  const reports = currentReports(store.db);
  let facts = 0;
  reports.forEach((report, i) => {
    const result = extractReport(report.text, { year: report.year });
    const shift = result.meta.year !== null ? report.year - result.meta.year : 0;
    if (shift !== 0) for (const f of result.facts) if (f.year !== null) f.year += shift;
    store.db.transaction((tx) => {
      facts += storeExtraction(tx, report, result.facts);
      storeUnread(tx, report.id, result.unread);
      setExtraction(
        tx,
        report.id,
        EXTRACTOR_VERSION,
        result.flags,
        findParts(report.text, { year: report.year }),
      );
    }, IMMEDIATE);
    onReport?.(i + 1, reports.length);
  });
  return { reports: reports.length, facts };
}

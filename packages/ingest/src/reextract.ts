import { currentReports, type Store, setExtraction, storeExtraction, storeUnread, writeTx } from '@fazhi/db';
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
export async function reextractAll(
  store: Store,
  onReport?: (done: number, total: number) => void,
): Promise<ReextractSummary> {
  const reports = await currentReports(store.db);
  let facts = 0;
  for (const [i, report] of reports.entries()) {
    const result = extractReport(report.text, { year: report.year });
    const shift = result.meta.year !== null ? report.year - result.meta.year : 0;
    if (shift !== 0) for (const f of result.facts) if (f.year !== null) f.year += shift;
    await writeTx(store.db, async (tx) => {
      facts += await storeExtraction(tx, report, result.facts);
      await storeUnread(tx, report.id, result.unread);
      await setExtraction(
        tx,
        report.id,
        EXTRACTOR_VERSION,
        result.flags,
        findParts(report.text, { year: report.year }),
      );
    });
    onReport?.(i + 1, reports.length);
  }
  return { reports: reports.length, facts };
}

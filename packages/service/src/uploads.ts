import type { Store } from '@fazhi/db';
import { type IngestOptions, type IngestOutcome, ingestDocument, type ReadPool } from '@fazhi/ingest';

/** One uploaded file's outcome, one shape for all: what was stored, or why nothing was (code, message). */
export interface UploadOutcome {
  file: string;
  status: IngestOutcome['status'];
  reportId: number | null;
  unit: string | null;
  county: string | null;
  year: number | null;
  facts: number | null;
  code: string | null;
  message: string | null;
  /** code ambiguous_unit: the namesake divisions of the unit's name; naming the county settles it */
  candidates: { code: string; label: string }[] | null;
}

/**
 * Uploaded files through the same ingest as the command line, one outcome per file: read and extracted
 * in the pool's worker threads (so the server keeps answering), written here in one transaction each.
 */
export async function uploadReports(
  store: Store,
  files: { name: string; bytes: Uint8Array }[],
  opts: IngestOptions,
  pool: ReadPool,
): Promise<UploadOutcome[]> {
  const out: UploadOutcome[] = [];
  for (const f of files) {
    const o = await ingestDocument(store, f.name, f.bytes, opts, pool);
    out.push(
      o.status === 'rejected'
        ? {
            file: o.file,
            status: o.status,
            reportId: null,
            unit: null,
            county: null,
            year: null,
            facts: null,
            code: o.code,
            message: o.message,
            candidates: o.candidates ?? null,
          }
        : {
            file: o.file,
            status: o.status,
            reportId: o.reportId,
            unit: o.unit,
            county: o.county,
            year: o.year,
            facts: o.facts,
            code: null,
            message: null,
            candidates: null,
          },
    );
  }
  return out;
}

import type { Store } from '@fazhi/db';
import {
  type CountyGuard,
  type IngestOptions,
  type IngestOutcome,
  ingestDocument,
  type ReadPool,
} from '@fazhi/ingest';
import { regionCovers, type Scope, WHOLE } from './scope.ts';

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

/** An account of a region writes reports of its own counties only; a report of no known county is not its. */
function guardOf(scope: Scope): CountyGuard | undefined {
  if (scope.kind === 'all') return undefined;
  return (county) => {
    if (county === null)
      return `报告没有写明县区：请在“县区”中选择（本账户的地区为${scope.region.name}）后重新上传`;
    if (regionCovers(scope, county.id)) return null;
    return `无权访问该地区：${county.name}（本账户只能导入${scope.region.name}的报告），未导入`;
  };
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
  scope: Scope = WHOLE,
): Promise<UploadOutcome[]> {
  const out: UploadOutcome[] = [];
  const guard = guardOf(scope);
  for (const f of files) {
    const o = await ingestDocument(store, f.name, f.bytes, opts, pool, guard);
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

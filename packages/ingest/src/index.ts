export { type BackfillSummary, fillDivisionCodes } from './backfill.ts';
export { decodeText } from './decode.ts';
export { CANDIDATES_SHOWN, type UnitDivision, type UnitPlace, unitDivision } from './division.ts';
export { IngestError, type IngestErrorCode } from './errors.ts';
export { foldRadicals } from './fold.ts';
export {
  type CountyGuard,
  type IngestOutcome,
  ingestDocument,
  ingestFile,
  readReportFile,
} from './ingest.ts';
export {
  DEFAULT_LIMITS,
  DEFAULT_TIMEOUT_S,
  DEFAULT_WORKERS,
  megabytes,
  type ReadLimits,
  WORKER_HEAP_MB,
} from './limits.ts';
export { ReadPool, type ReadPoolOptions } from './pool.ts';
export { type IngestOptions, type Prepared, readAndPrepare } from './prepare.ts';
export { type Format, readDocument } from './read.ts';
export { type ReextractSummary, reextractAll } from './reextract.ts';
export { readShared } from './shared-bytes.ts';

export { decodeText } from './decode.ts';
export { IngestError, type IngestErrorCode } from './errors.ts';
export {
  type IngestOptions,
  type IngestOutcome,
  ingestDocument,
  ingestFile,
  readReportFile,
} from './ingest.ts';
export { DEFAULT_LIMITS, type Format, type ReadLimits, readDocument } from './read.ts';
export { type ReextractSummary, reextractAll } from './reextract.ts';

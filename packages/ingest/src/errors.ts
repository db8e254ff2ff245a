import type { DivisionCandidate } from '@fazhi/extract';

export type IngestErrorCode =
  | 'empty'
  | 'too_large'
  | 'unsupported_format'
  | 'binary'
  | 'corrupt_docx'
  | 'zip_bomb'
  | 'document_too_large'
  | 'corrupt_pdf'
  | 'scanned_pdf'
  | 'too_many_pages'
  | 'too_slow'
  | 'out_of_memory'
  | 'no_text'
  | 'text_too_long'
  | 'no_unit'
  | 'ambiguous_unit'
  | 'no_year'
  | 'read_failed'
  /** the report belongs to a county outside the uploading account's region */
  | 'outside_region';

/**
 * Why a file was not ingested. The message names the file and the reason, in Chinese; for
 * 'ambiguous_unit', `candidates` are the namesake divisions a person chooses from (by naming the county).
 */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly file: string,
    readonly reason: string,
    readonly candidates?: DivisionCandidate[],
  ) {
    super(`${file}：${reason}`);
  }
}

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
  | 'no_year'
  | 'read_failed';

/** Why a file was not ingested. The message names the file and the reason, in Chinese. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}：${reason}`);
  }
}

export type IngestErrorCode =
  | 'empty'
  | 'too_large'
  | 'unsupported_format'
  | 'binary'
  | 'corrupt_docx'
  | 'zip_bomb'
  | 'corrupt_pdf'
  | 'scanned_pdf'
  | 'no_text'
  | 'no_unit'
  | 'no_year'
  | 'read_failed';

/** Why a file was not ingested. The message names the file and the reason, in Chinese. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly file: string,
    reason: string,
  ) {
    super(`${file}：${reason}`);
  }
}

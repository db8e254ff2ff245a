// Every limit on reading a report file, in one place (the package README and the root README list them).
// A file over a limit is refused with an IngestError whose Chinese message names the limit.

export const MB = 1024 * 1024;

export interface ReadLimits {
  /** the file itself (INGEST_MAX_MB; `pnpm ingest --max-mb`) */
  maxBytes: number;
  /**
   * A .docx's main document XML, counted while it is unpacked (whatever the zip declares). mammoth needs
   * ~50 bytes of memory per XML byte of a real Word document (measured: 16 MB → 860 MB), so this keeps a
   * reading worker well under WORKER_HEAP_MB; real reports' document.xml is a few hundred KB to 2 MB.
   */
  maxDocumentXmlBytes: number;
  /** every part of a .docx that is unpacked (styles, numbering, notes… and the document), together */
  maxUnpackedBytes: number;
  /** pages of a PDF */
  maxPdfPages: number;
  /** reading a PDF's text layer, checked between pages */
  maxPdfSeconds: number;
  /**
   * Characters of text, in any format. A year's report has 10,000–100,000; the limit also bounds the
   * engine's time (~3 s per million characters) and the one write the server does on its request thread.
   */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 20 * MB,
  maxDocumentXmlBytes: 8 * MB,
  maxUnpackedBytes: 16 * MB,
  maxPdfPages: 500,
  maxPdfSeconds: 60,
  maxTextChars: 1_000_000,
};

/** Bytes of a text file the charset detector (chardet) looks at: it is slow (~1 ms per KB) and needs no more. */
export const CHARSET_SAMPLE_BYTES = 64 * 1024;

/** Heap of one reading worker: a file that needs more is refused, and only that worker is replaced. */
export const WORKER_HEAP_MB = 512;

/** Reading workers (INGEST_WORKERS): one leaves the other core of a 2-core PC to the server. */
export const DEFAULT_WORKERS = 1;

/** Reading and extracting one file in a worker (INGEST_TIMEOUT_S); a 500-page PDF takes well under a minute. */
export const DEFAULT_TIMEOUT_S = 120;

/** "8 MB", "20 MB", "0.5 MB": a size as the messages say it. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

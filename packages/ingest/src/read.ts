import { EXTENSIONS_TEXT, formatOfName, type ReportFormat } from '@fazhi/catalog';
import { decodeText } from './decode.ts';
import { docxText } from './docx.ts';
import { IngestError } from './errors.ts';
import { foldRadicals } from './fold.ts';
import { DEFAULT_LIMITS, megabytes, type ReadLimits } from './limits.ts';
import { pdfText } from './pdf.ts';

export type Format = ReportFormat;

export interface Document {
  text: string;
  format: Format;
  encoding: string | null;
}

/**
 * A report file's text: .txt/.md in any Chinese encoding, .docx, or .pdf with a text layer, with radical
 * look-alikes folded to ideographs. A file over one of the limits is refused with an IngestError naming it.
 */
export async function readDocument(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<Document> {
  const format = formatOfName(name);
  if (!format) {
    const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    throw new IngestError(
      'unsupported_format',
      name,
      `不支持 .${ext || '(无扩展名)'} 文件，请提供 ${EXTENSIONS_TEXT}`,
    );
  }
  if (bytes.length === 0) throw new IngestError('empty', name, '文件为空');
  if (bytes.length > limits.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new IngestError(
      'too_large',
      name,
      `文件大小 ${mb(bytes.length)} MB，超过上限 ${megabytes(limits.maxBytes)}`,
    );
  }
  let text: string;
  let encoding: string | null = null;
  if (format === 'docx') text = await docxText(name, bytes, limits);
  else if (format === 'pdf') text = await pdfText(name, bytes, limits);
  else {
    const decoded = decodeText(bytes);
    if (!decoded)
      throw new IngestError('binary', name, '不是文本文件（含有二进制内容），可能是改了扩展名的其他文件');
    ({ text, encoding } = decoded);
  }
  if (text.trim().length === 0) throw new IngestError('no_text', name, '文件没有文字内容');
  if (text.length > limits.maxTextChars) {
    const wan = (n: number) => `${Math.round(n / 10_000)} 万字`;
    throw new IngestError(
      'text_too_long',
      name,
      `文字共约 ${wan(text.length)}，超过上限 ${wan(limits.maxTextChars)}（一份年度报告通常不超过 10 万字），请确认是否为单份报告`,
    );
  }
  return { text: foldRadicals(text), format, encoding };
}

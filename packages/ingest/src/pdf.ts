import { createRequire } from 'node:module';
import path from 'node:path';
import { IngestError } from './errors.ts';
import type { ReadLimits } from './limits.ts';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform: number[];
  height: number;
}

const isTextItem = (it: object): it is TextItem => 'str' in it;

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** One page's text: a line per text line, a blank line where the gap between lines is wide (a paragraph). */
function pageText(items: TextItem[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (lastY !== null && Math.abs(y - lastY) > 1 && !out.endsWith('\n')) {
      out += Math.abs(y - lastY) > Math.max(lastHeight, item.height) * 1.8 ? '\n\n' : '\n';
    }
    out += item.str;
    if (item.hasEOL) out += '\n';
    lastY = y;
    lastHeight = item.height || lastHeight;
  }
  return out.trim();
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: object[] }> }>;
}

/**
 * The largest page count a page-tree node claims (`/Type /Pages … /Count n`), read from the raw bytes
 * before pdfjs parses anything: pdfjs needs ~200 MB to open a 20,000-page file. Null when the nodes sit in
 * compressed object streams; the page count is then checked once pdfjs has opened the file.
 */
export function claimedPages(bytes: Uint8Array): number | null {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let most: number | null = null;
  for (const m of raw.matchAll(
    /\/Type\s*\/Pages\b[^<>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^<>]*?\/Type\s*\/Pages\b/g,
  )) {
    most = Math.max(most ?? 0, Number(m[1] ?? m[2]));
  }
  return most;
}

function tooManyPages(file: string, pages: number, limit: number): IngestError {
  return new IngestError(
    'too_many_pages',
    file,
    `PDF 共 ${pages} 页，超过上限 ${limit} 页，请只导入报告正文`,
  );
}

async function readPages(
  file: string,
  doc: PdfDocument,
  limits: Pick<ReadLimits, 'maxPdfPages' | 'maxPdfSeconds'>,
): Promise<string[]> {
  if (doc.numPages > limits.maxPdfPages) throw tooManyPages(file, doc.numPages, limits.maxPdfPages);
  const deadline = performance.now() + limits.maxPdfSeconds * 1000;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    if (performance.now() >= deadline) {
      throw new IngestError(
        'too_slow',
        file,
        `读取 PDF 超过时限 ${limits.maxPdfSeconds} 秒（已读 ${i - 1} 页，共 ${doc.numPages} 页），已停止`,
      );
    }
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(pageText(content.items.filter(isTextItem)));
  }
  return pages;
}

/** The text layer of a PDF, page by page. A PDF without one (a scan) is refused with a clear reason. */
export async function pdfText(
  file: string,
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'maxPdfPages' | 'maxPdfSeconds'>,
): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new IngestError('corrupt_pdf', file, '不是有效的 PDF 文件，可能已损坏或是改了扩展名的其他文件');
  }
  const claimed = claimedPages(bytes);
  if (claimed !== null && claimed > limits.maxPdfPages) throw tooManyPages(file, claimed, limits.maxPdfPages);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: string[];
  try {
    const doc = await getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${path.join(pdfjsDir, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}/`,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    try {
      pages = await readPages(file, doc, limits);
    } finally {
      await doc.destroy();
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException')
      throw new IngestError('corrupt_pdf', file, 'PDF 文件已加密，无法读取文字');
    throw new IngestError('corrupt_pdf', file, 'PDF 文件已损坏，无法读取');
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s/g, '').length < 20) {
    throw new IngestError(
      'scanned_pdf',
      file,
      'PDF 没有文字层（可能是扫描件或图片），请提供可复制文字的 PDF、Word 或文本版本',
    );
  }
  return text;
}

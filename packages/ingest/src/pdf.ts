import { createRequire } from 'node:module';
import path from 'node:path';
import { IngestError } from './errors.ts';

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

/** The text layer of a PDF, page by page. A PDF without one (a scan) is refused with a clear reason. */
export async function pdfText(file: string, bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new IngestError('corrupt_pdf', file, '不是有效的 PDF 文件，可能已损坏或是改了扩展名的其他文件');
  }
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
    pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      const items: object[] = content.items;
      pages.push(pageText(items.filter(isTextItem)));
    }
    await doc.destroy();
  } catch (err) {
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

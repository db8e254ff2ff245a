import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { IngestError } from './errors.ts';
import { megabytes, type ReadLimits } from './limits.ts';
import { unpackEntry, type ZipEntry, ZipFormatError, ZipLimitError, zipEntries } from './zip.ts';

type DocxLimits = Pick<ReadLimits, 'maxDocumentXmlBytes' | 'maxUnpackedBytes'>;

const OFFICE_DOCUMENT = /\/relationships\/officeDocument$/;

/** The main document part, as mammoth finds it: the package relationship of type officeDocument. */
function mainDocumentPath(packageRels: string): string {
  for (const tag of packageRels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const type = /\bType="([^"]*)"/.exec(tag)?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (target && OFFICE_DOCUMENT.test(type)) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

/**
 * The parts mammoth reads for text — the content types, the package and document relationships and the
 * XML parts beside the main document (styles, numbering, notes, comments) — each unpacked under the
 * limits, counting the bytes that really come out. Images, fonts and embedded files are never unpacked.
 */
function unpackTextParts(file: string, bytes: Uint8Array, limits: DocxLimits): Record<string, Uint8Array> {
  const entries = zipEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let budget = limits.maxUnpackedBytes;
  const parts: Record<string, Uint8Array> = {};
  const take = (entry: ZipEntry, max: number) => {
    const data = unpackEntry(bytes, entry, Math.min(max, budget));
    budget -= data.length;
    parts[entry.name] = data;
    return data;
  };
  const rels = byName.get('_rels/.rels');
  const main = mainDocumentPath(rels ? new TextDecoder().decode(take(rels, budget)) : '');
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const inDir = (name: string, ext: string) =>
    name.startsWith(dir) && !name.slice(dir.length).includes('/') && name.endsWith(ext);
  const mainEntry = byName.get(main);
  if (mainEntry) {
    try {
      take(mainEntry, limits.maxDocumentXmlBytes);
    } catch (err) {
      if (err instanceof ZipLimitError && err.limit === limits.maxDocumentXmlBytes) {
        throw new IngestError(
          'document_too_large',
          file,
          `文档正文 XML 超过上限 ${megabytes(limits.maxDocumentXmlBytes)}，文档过大或不是正常的 Word 文件，请拆分后再导入`,
        );
      }
      throw err;
    }
  }
  for (const entry of entries) {
    if (entry.name in parts) continue;
    const wanted =
      entry.name === '[Content_Types].xml' ||
      inDir(entry.name, '.xml') ||
      (entry.name.startsWith(`${dir}_rels/`) && entry.name.endsWith('.rels'));
    if (wanted) take(entry, budget);
  }
  return parts;
}

/** The text of a Word .docx, one paragraph per line. */
export async function docxText(file: string, bytes: Uint8Array, limits: DocxLimits): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new IngestError(
      'corrupt_docx',
      file,
      '不是有效的 Word (.docx) 文件，可能已损坏或是改了扩展名的其他文件',
    );
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unpackTextParts(file, bytes, limits);
  } catch (err) {
    if (err instanceof ZipLimitError) {
      throw new IngestError(
        'zip_bomb',
        file,
        `Word (.docx) 文件解压后的内容超过上限 ${megabytes(limits.maxUnpackedBytes)}（可能是压缩炸弹），已拒绝`,
      );
    }
    if (err instanceof ZipFormatError) {
      throw new IngestError('corrupt_docx', file, 'Word (.docx) 文件已损坏，无法解压');
    }
    throw err;
  }
  try {
    // mammoth gets a new zip of exactly the parts measured above, stored uncompressed: what it reads is
    // what was counted, even if the original's local headers disagree with its central directory
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(zipSync(parts, { level: 0 })) });
    return value.replace(/\n{3,}/g, '\n\n');
  } catch {
    throw new IngestError('corrupt_docx', file, 'Word (.docx) 文件已损坏，读不出正文');
  }
}

import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { IngestError } from './errors.ts';

export interface ZipLimits {
  /** refuse a .docx that unpacks to more than this many bytes */
  maxUnpackedBytes: number;
  /** … or to more than this many times its own size (a zip bomb) */
  maxRatio: number;
}

/** Sizes from the zip's directory, read without unpacking anything. */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter: (entry) => {
      total += entry.originalSize;
      return false;
    },
  });
  return total;
}

/** The text of a Word .docx, one paragraph per line. */
export async function docxText(file: string, bytes: Uint8Array, limits: ZipLimits): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new IngestError(
      'corrupt_docx',
      file,
      '不是有效的 Word (.docx) 文件，可能已损坏或是改了扩展名的其他文件',
    );
  }
  let size: number;
  try {
    size = unpackedSize(bytes);
  } catch {
    throw new IngestError('corrupt_docx', file, 'Word (.docx) 文件已损坏，无法解压');
  }
  if (size > limits.maxUnpackedBytes || (size > 10_000_000 && size > bytes.length * limits.maxRatio)) {
    const mb = (size / 1e6).toFixed(0);
    throw new IngestError('zip_bomb', file, `Word (.docx) 文件解压后达 ${mb} MB，与文件大小极不相称，已拒绝`);
  }
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value.replace(/\n{3,}/g, '\n\n');
  } catch {
    throw new IngestError('corrupt_docx', file, 'Word (.docx) 文件已损坏，读不出正文');
  }
}

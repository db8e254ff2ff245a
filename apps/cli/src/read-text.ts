import { readFileSync } from 'node:fs';

/** A file that cannot be read as a report text; the message names the file and says why, in Chinese. */
export class ReadError extends Error {}

/**
 * Decodes by BOM, then strict UTF-8, then GB18030. A UTF-8 BOM and CR LF line ends are kept, so fact spans
 * index the same string that Node's readFileSync(file, 'utf8') gives.
 */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // not valid UTF-8: Chinese government text is then almost always GBK/GB18030
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Reads a .txt/.md report in UTF-8 (with or without BOM), UTF-16 or GBK/GB18030. */
export function readReportText(file: string, label = file): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext && ['docx', 'doc', 'pdf', 'wps', 'odt'].includes(ext)) {
    throw new ReadError(`${label}：暂不支持 .${ext} 文件，请先另存为 .txt（Word 与 PDF 将随导入功能支持）`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EISDIR'
          ? '这是一个文件夹'
          : `无法读取（${code ?? '未知错误'}）`;
    throw new ReadError(`${label}：${why}`);
  }
  if (bytes.length === 0) throw new ReadError(`${label}：文件为空`);
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new ReadError(`${label}：不是文本文件（含有二进制内容）`);
  }
  const text = decode(bytes);
  if (text.trim().length === 0) throw new ReadError(`${label}：文件没有文字内容`);
  return text;
}

import { describe, expect, test } from 'vitest';
import type { IngestErrorCode } from './errors.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { readDocument } from './read.ts';
import { docxOf, gbk, pdfOf, REPORT, utf8, utf16be, utf16le, zipBomb } from './testing/files.ts';

const FIRST_LINE = '石桥镇2023年度法治政府建设情况报告';

describe('reading report files', () => {
  test.each([
    ['UTF-8 .txt', 'r.txt', () => utf8(REPORT), 'UTF-8'],
    ['UTF-8 with BOM', 'r.txt', () => utf8(`\ufeff${REPORT}`), 'UTF-8 (BOM)'],
    ['UTF-16 LE with BOM', 'r.txt', () => utf16le(REPORT), 'UTF-16LE'],
    ['UTF-16 BE with BOM', 'r.txt', () => utf16be(REPORT), 'UTF-16BE'],
    ['UTF-16 LE without BOM (detected)', 'r.txt', () => utf16le(REPORT, false), 'UTF-16LE'],
    ['GBK (detected, not guessed from the name)', 'r.txt', () => gbk(REPORT), 'GB18030'],
    ['GBK Markdown', 'r.md', () => gbk(`# ${REPORT}`), 'GB18030'],
  ])('decodes %s', async (_name, file, bytes, encoding) => {
    const doc = await readDocument(file, bytes());
    expect(doc.encoding).toBe(encoding);
    expect(doc.text).toContain(FIRST_LINE);
    expect(doc.text).toContain('调解成功率95.8%');
  });

  test('reads a Word .docx keeping one paragraph per line', async () => {
    const doc = await readDocument('r.docx', await docxOf(REPORT));
    expect(doc.format).toBe('docx');
    expect(doc.text.split('\n').filter((l) => l.trim())).toEqual(REPORT.split('\n'));
  });

  test('reads the text layer of a PDF, a line per line', async () => {
    const doc = await readDocument('r.pdf', pdfOf(REPORT.split('\n')));
    expect(doc.format).toBe('pdf');
    expect(doc.text.split('\n').filter((l) => l.trim())).toEqual(REPORT.split('\n'));
  });
});

describe('refusing files that cannot be used, with the file and the reason', () => {
  test.each<[string, string, () => Uint8Array | Promise<Uint8Array>, IngestErrorCode, string]>([
    ['an empty file', 'empty.txt', () => new Uint8Array(), 'empty', '文件为空'],
    ['a file of blanks', 'blank.txt', () => utf8(' \n \n'), 'no_text', '没有文字内容'],
    [
      'a binary file renamed .txt',
      'photo.txt',
      () => pdfOf([]).map((b, i) => (i % 7 === 0 ? 0 : b)),
      'binary',
      '不是文本文件',
    ],
    ['a PDF without a text layer (a scan)', 'scan.pdf', () => pdfOf([]), 'scanned_pdf', '没有文字层'],
    ['a corrupt PDF', 'broken.pdf', () => pdfOf(['报告']).slice(0, 120), 'corrupt_pdf', 'PDF 文件已损坏'],
    ['a text file named .pdf', 'fake.pdf', () => utf8(REPORT), 'corrupt_pdf', '不是有效的 PDF'],
    [
      'a corrupt .docx',
      'broken.docx',
      async () => (await docxOf(REPORT)).slice(0, 300),
      'corrupt_docx',
      '已损坏',
    ],
    ['a text file named .docx', 'fake.docx', () => utf8(REPORT), 'corrupt_docx', '不是有效的 Word'],
    [
      'a .docx whose document unpacks out of all proportion',
      'bomb.docx',
      () => zipBomb(60),
      'document_too_large',
      '文档正文 XML 超过上限 8 MB',
    ],
    ['an old Word .doc', 'old.doc', () => utf8(REPORT), 'unsupported_format', '不支持 .doc'],
  ])('refuses %s', async (_name, file, bytes, code, reason) => {
    const error = await readDocument(file, await bytes()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code, file });
    expect((error as Error).message).toContain(`${file}：`);
    expect((error as Error).message).toContain(reason);
  });

  test('refuses a file over the size limit and says both sizes', async () => {
    const limits = { ...DEFAULT_LIMITS, maxBytes: 1024 };
    const error = await readDocument('big.txt', utf8(REPORT.repeat(10)), limits).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too_large' });
    expect((error as Error).message).toMatch(/big\.txt：文件大小 0\.0 MB，超过上限 0\.0 MB/);
  });
});

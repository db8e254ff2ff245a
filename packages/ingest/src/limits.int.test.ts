import { describe, expect, test } from 'vitest';
import type { IngestErrorCode } from './errors.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.ts';
import { claimedPages } from './pdf.ts';
import { readDocument } from './read.ts';
import { pdfOf, REPORT } from './testing/files.ts';
import {
  docxWithBomb,
  docxWithXml,
  gbkText,
  manyPagePdf,
  paddedBomb,
  randomFile,
  underDeclaredDocx,
} from './testing/hostile.ts';

// Each bad file of issue 11 is refused by the limit it exceeds, with the limit named, long before the
// work it would have caused (the old reader spent minutes and gigabytes on them); the time bounds here
// are ten times what a busy 2-core machine needs.

describe('refusing a file that exceeds a reading limit, naming the limit', () => {
  test.each<[string, string, () => Uint8Array, IngestErrorCode, string]>([
    [
      'a padded .docx bomb (190 MB of XML in 2.9 MB)',
      'padded.docx',
      paddedBomb,
      'document_too_large',
      '文档正文 XML 超过上限 8 MB',
    ],
    [
      'a .docx whose zip under-declares its XML as 1 KB',
      'underdeclared.docx',
      () => underDeclaredDocx(100),
      'document_too_large',
      '文档正文 XML 超过上限 8 MB',
    ],
    [
      'a .docx with 60 MB of document XML',
      'xml60.docx',
      () => docxWithXml(60),
      'document_too_large',
      '文档正文 XML 超过上限 8 MB',
    ],
    [
      'a .docx whose styles part is a bomb',
      'styles.docx',
      () => docxWithBomb('word/styles.xml', 100),
      'zip_bomb',
      'Word (.docx) 文件解压后的内容超过上限 16 MB',
    ],
    [
      'a PDF of 20,000 pages',
      'pages.pdf',
      () => manyPagePdf(20_000),
      'too_many_pages',
      'PDF 共 20000 页，超过上限 500 页',
    ],
    ['19 MB of random bytes named .txt', 'random.txt', () => randomFile(19), 'binary', '不是文本文件'],
  ])(
    'refuses %s',
    async (_name, file, build, code, message) => {
      const bytes = build();
      const started = performance.now();
      const error = await readDocument(file, bytes).catch((e: unknown) => e);
      expect(error).toMatchObject({ code, file });
      expect((error as Error).message).toContain(`${file}：${message}`);
      expect(performance.now() - started).toBeLessThan(20_000);
    },
    60_000,
  );

  test.each<[string, Partial<ReadLimits>, () => Uint8Array, string, IngestErrorCode, string]>([
    [
      'the document XML limit',
      { maxDocumentXmlBytes: 1024 * 1024 },
      () => docxWithXml(2),
      'r.docx',
      'document_too_large',
      '文档正文 XML 超过上限 1 MB',
    ],
    ['the page limit', { maxPdfPages: 3 }, () => manyPagePdf(4), 'r.pdf', 'too_many_pages', '超过上限 3 页'],
    [
      'the page limit once pdfjs has opened a PDF whose page count a raw scan cannot see',
      { maxPdfPages: 3 },
      () => manyPagePdf(4, true),
      'r.pdf',
      'too_many_pages',
      'PDF 共 4 页，超过上限 3 页',
    ],
    [
      'the PDF time limit',
      { maxPdfSeconds: 0 },
      () => pdfOf(REPORT.split('\n')),
      'r.pdf',
      'too_slow',
      '读取 PDF 超过时限 0 秒（已读 0 页，共 1 页）',
    ],
  ])('holds %s as set', async (_name, limits, build, file, code, message) => {
    const error = await readDocument(file, build(), { ...DEFAULT_LIMITS, ...limits }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toContain(message);
  });
});

describe('the page count a PDF claims, read before pdfjs opens it', () => {
  test.each([
    ['a page tree of 20,000 pages', () => manyPagePdf(20_000), 20_000],
    ['a one-page PDF', () => pdfOf(['报告']), 1],
    ['a page tree whose root holds a dictionary (left to pdfjs)', () => manyPagePdf(4, true), null],
  ])('reads %s', (_name, build, pages) => {
    expect(claimedPages(build())).toBe(pages);
  });
});

describe('reading large files that are within the limits', () => {
  test('decodes 10 MB of GBK text in seconds, detecting the charset from a sample', async () => {
    const bytes = gbkText(10);
    const started = performance.now();
    const doc = await readDocument('gbk.txt', bytes, { ...DEFAULT_LIMITS, maxTextChars: Infinity });
    expect(doc.encoding).toBe('GB18030');
    expect(doc.text.startsWith(REPORT)).toBe(true);
    expect(doc.text.length).toBeGreaterThan(5_000_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  test('refuses the same text by the text limit, naming it, in seconds', async () => {
    const bytes = gbkText(10);
    const started = performance.now();
    const error = await readDocument('gbk.txt', bytes).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'text_too_long' });
    expect((error as Error).message).toBe(
      'gbk.txt：文字共约 560 万字，超过上限 100 万字（一份年度报告通常不超过 10 万字），请确认是否为单份报告',
    );
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  test('reads a .docx with 1 MB of document XML and a 100 MB image it never unpacks', async () => {
    const doc = await readDocument('r.docx', docxWithBomb('word/media/image1.png', 100));
    expect(doc.text.startsWith(REPORT.split('\n')[0] ?? '-')).toBe(true);
    expect(doc.text.split('\n').filter((l) => l.includes('调解成功率95.8%')).length).toBeGreaterThan(100);
  }, 60_000);
});

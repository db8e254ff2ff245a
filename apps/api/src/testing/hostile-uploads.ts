import {
  docxWithXml,
  gbkText,
  manyPagePdf,
  paddedBomb,
  randomFile,
  underDeclaredDocx,
} from '@fazhi/ingest/testing';

/** The bad files of issue 11, made by code, and what the server must answer for each. */
export const HOSTILE_UPLOADS: {
  name: string;
  label: string;
  build: () => Uint8Array;
  expected: { status: 'rejected'; code: string; message: string } | { status: 'ingested'; unit: string };
}[] = [
  {
    name: 'padded.docx',
    label: '加垫的 .docx 压缩炸弹（2.9 MB，正文 XML 190 MB）',
    build: paddedBomb,
    expected: { status: 'rejected', code: 'document_too_large', message: '文档正文 XML 超过上限 8 MB' },
  },
  {
    name: 'underdeclared.docx',
    label: '少报解压大小的 zip（声称 1 KB，实为 100 MB）',
    build: () => underDeclaredDocx(100),
    expected: { status: 'rejected', code: 'document_too_large', message: '文档正文 XML 超过上限 8 MB' },
  },
  {
    name: 'xml60.docx',
    label: '正文 XML 60 MB 的 .docx',
    build: () => docxWithXml(60),
    expected: { status: 'rejected', code: 'document_too_large', message: '文档正文 XML 超过上限 8 MB' },
  },
  {
    name: 'pages.pdf',
    label: '20,000 页的 PDF',
    build: () => manyPagePdf(20_000),
    expected: { status: 'rejected', code: 'too_many_pages', message: '超过上限 500 页' },
  },
  {
    name: 'random.txt',
    label: '19 MB 随机字节，扩展名 .txt',
    build: () => randomFile(19),
    expected: { status: 'rejected', code: 'binary', message: '不是文本文件' },
  },
  {
    name: 'gbk.txt',
    label: '10 MB GBK 文本（约 560 万字）',
    build: () => gbkText(10),
    expected: { status: 'rejected', code: 'text_too_long', message: '超过上限 100 万字' },
  },
  {
    name: 'gbk-large.txt',
    label: '1.7 MB GBK 文本（约 95 万字，上限以内）',
    build: () => gbkText(1.7),
    expected: { status: 'ingested', unit: '石桥镇' },
  },
];

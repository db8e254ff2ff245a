import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { pdfFile, REPORT } from './files.ts';

// Builders of the bad files of issue 11 (upload safety), made by code for the tests and the bench.

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_CLOSE = '</w:body></w:document>';

/** A Word paragraph as Word writes it: run properties around every run, so most of the XML is markup. */
const paragraph = (text: string) =>
  `<w:p w:rsidR="00A1B2C3"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>` +
  `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;

const LINES = REPORT.split('\n');

/** About 1 MB of document XML made of the sample report's paragraphs. */
function xmlMegabyte(): Uint8Array {
  const parts: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < 1_000_000; n++) {
    const p = paragraph(LINES[n % LINES.length] ?? '');
    parts.push(p);
    bytes += Buffer.byteLength(p);
  }
  return strToU8(parts.join(''));
}

interface Part {
  name: string;
  /** stored as is, or already deflated (raw) with the CRC and size of what it unpacks to */
  data: Uint8Array;
  deflated?: { crc: number; size: number };
  /** the unpacked size the zip claims, when it lies */
  declaredSize?: number;
}

/**
 * The document XML, `mb` megabytes, deflated by zlib without holding it unpacked: the same megabyte
 * compressed once with a full flush (no back-references across it) and repeated.
 */
function deflatedXml(mb: number): Part {
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const [open, body, close] = [strToU8(DOC_OPEN), xmlMegabyte(), strToU8(DOC_CLOSE)];
  const piece = deflateRawSync(body, flush);
  const data = Buffer.concat([
    deflateRawSync(open, flush),
    ...Array.from({ length: mb }, () => piece),
    deflateRawSync(close),
  ]);
  let c = crc32(open);
  for (let i = 0; i < mb; i++) c = crc32(body, c);
  c = crc32(close, c);
  return {
    name: 'word/document.xml',
    data,
    deflated: { crc: c, size: open.length + body.length * mb + close.length },
  };
}

/** A zip written field by field (so a test can make it lie about sizes). */
function zipOf(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const crc = p.deflated?.crc ?? crc32(p.data);
    const size = p.declaredSize ?? p.deflated?.size ?? p.data.length;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(p.deflated ? 8 : 0, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(p.data.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    head.copy(central, 6, 4, 30); // version needed … name length: the same fields in the same order
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, Buffer.from(p.data));
    centrals.push(central, name);
    offset += head.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const frame = (): Part[] => [
  { name: '[Content_Types].xml', data: strToU8(CONTENT_TYPES) },
  { name: '_rels/.rels', data: strToU8(PACKAGE_RELS) },
];

/** A .docx (content types, relationships, document) with `mb` MB of real document XML. */
export function docxWithXml(mb: number): Uint8Array {
  return zipOf([...frame(), deflatedXml(mb)]);
}

/**
 * A padded zip bomb: 190 MB of document XML (under the old 200 MB cap) and random padding as an image,
 * 2.9 MB in all, so the unpacked size is under 100 times the file's (the old ratio check passed it).
 */
export function paddedBomb(): Uint8Array {
  const xml = deflatedXml(190);
  const padding = 2_900_000 - zipOf([...frame(), xml]).length - 100;
  return zipOf([...frame(), xml, { name: 'word/media/image1.png', data: randomBytes(padding) }]);
}

/** A .docx whose zip says its document XML unpacks to 1 KB, though it unpacks to `mb` MB. */
export function underDeclaredDocx(mb: number): Uint8Array {
  return zipOf([...frame(), { ...deflatedXml(mb), declaredSize: 1024 }]);
}

/** A small .docx (1 MB of document XML) with a part `name` that unpacks to `mb` MB of zeros: a bomb beside the text. */
export function docxWithBomb(name: string, mb: number): Uint8Array {
  const zeros = new Uint8Array(mb * 1_000_000);
  const bomb = { crc: crc32(zeros), size: zeros.length };
  return zipOf([
    ...frame(),
    deflatedXml(1),
    { name, data: deflateRawSync(zeros, { level: 9 }), deflated: bomb },
  ]);
}

/**
 * A PDF of `pages` pages sharing one content stream: many page objects, a small file. `nested` puts a
 * dictionary inside the page tree's root, which hides its /Count from a scan of the raw bytes.
 */
export function manyPagePdf(pages: number, nested = false): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Length 0 >>\nstream\n\nendstream'];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    kids.push(`${objects.length + 1} 0 R`);
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>');
  }
  const resources = nested ? '/Resources << /ProcSet [/PDF] >> ' : '';
  objects[1] = `<< /Type /Pages ${resources}/Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return pdfFile(objects);
}

/** `mb` MB of random bytes: a binary file under a .txt name. */
export const randomFile = (mb: number) => new Uint8Array(randomBytes(mb * 1_000_000));

/** `mb` MB of GBK text: the sample report, over and over. */
export function gbkText(mb: number): Uint8Array {
  const once = `${REPORT}\n`;
  const times = Math.ceil((mb * 1_000_000) / iconv.encode(once, 'gbk').length);
  return new Uint8Array(iconv.encode(once.repeat(times), 'gbk'));
}

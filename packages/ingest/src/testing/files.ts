import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';

// Builders of report files in every format and every way a file can be bad, for the tests.

export const utf8 = (s: string) => new TextEncoder().encode(s);
export const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
export const utf16le = (s: string, bom = true) =>
  new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...iconv.encode(s, 'utf16le')]);
export const utf16be = (s: string) => new Uint8Array([0xfe, 0xff, ...iconv.encode(s, 'utf16-be')]);

export async function docxOf(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: text.split('\n').map((l) => new Paragraph({ text: l })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A .docx-looking zip whose one entry unpacks to `mb` megabytes of zeros: a zip bomb. */
export function zipBomb(mb: number): Uint8Array {
  return zipSync({ 'word/document.xml': [new Uint8Array(mb * 1_000_000), { level: 9 }] });
}

/**
 * A one-page PDF. With lines, a text layer in a standard CJK font (STSong-Light, UniGB-UCS2-H, not
 * embedded, as many office exports do); with none, only a drawn rectangle, like a scan without OCR.
 */
export function pdfOf(lines: string[]): Uint8Array {
  const hex = (s: string) =>
    [...s]
      .map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0'))
      .join('')
      .toUpperCase();
  const content =
    lines.length > 0
      ? lines.map((l, i) => `BT /F1 12 Tf 50 ${780 - i * 18} Td <${hex(l)}> Tj ET`).join('\n')
      : '0.5 g 50 50 495 742 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  return pdfFile(objects);
}

/**
 * A PDF whose text layer goes through a ToUnicode map, as office software writes it: each glyph is a
 * two-byte code (Identity-H) that the map turns into a character — here the characters of `lines`
 * exactly, so a Kangxi radical such as ⼈ (U+2F08) in `lines` is what a reader of the PDF gets.
 */
export function pdfWithToUnicode(lines: string[]): Uint8Array {
  const chars = [...new Set(lines.join(''))];
  const code = (c: string) => (chars.indexOf(c) + 1).toString(16).padStart(4, '0').toUpperCase();
  const utf16 = (c: string) => Buffer.from(c, 'utf16le').swap16().toString('hex').toUpperCase();
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const part = chars.slice(i, i + 100);
    blocks.push(
      `${part.length} beginbfchar\n${part.map((c) => `<${code(c)}> <${utf16(c)}>`).join('\n')}\nendbfchar`,
    );
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const content = lines
    .map((l, i) => `BT /F1 12 Tf 50 ${780 - i * 18} Td <${[...l].map(code).join('')}> Tj ET`)
    .join('\n');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>',
    `<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`,
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/** Objects 1…n written as a PDF with a correct cross-reference table. */
export function pdfFile(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

export const REPORT = [
  '石桥镇2023年度法治政府建设情况报告',
  '中共云岭县委、云岭县人民政府：',
  '2023年，石桥镇深入学习贯彻习近平法治思想，扎实推进法治政府建设。',
  '（一）党委理论学习中心组开展法治专题学习6次，组织干部职工法治培训4期。',
  '（二）全年排查调处矛盾纠纷48件，调解成功46件，调解成功率95.8%。',
  '（三）开展普法宣传活动22场，发放宣传资料3000余份，受教育群众6000余人次。',
  '石桥镇人民政府',
  '2024年1月20日',
].join('\n');

import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import type { SampleReport } from './generate.ts';

export interface SampleFile {
  name: string;
  bytes: Uint8Array;
}

/** Which report goes out as GBK text and which as Word, so every format is exercised. */
const GBK_REPORT = '2020-东岭镇';
const DOCX_REPORT = '2021-西河镇';

async function docx(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: text.split('\n').map((line) => new Paragraph({ text: line })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The sample reports as files: UTF-8 text, one in GBK, one as .docx. */
export async function sampleFiles(reports: SampleReport[]): Promise<SampleFile[]> {
  return Promise.all(
    reports.map(async (r) => {
      const stem = r.file.replace(/\.txt$/, '');
      if (stem === DOCX_REPORT) return { name: `${stem}.docx`, bytes: await docx(r.text) };
      if (stem === GBK_REPORT) return { name: r.file, bytes: new Uint8Array(iconv.encode(r.text, 'gbk')) };
      return { name: r.file, bytes: new TextEncoder().encode(r.text) };
    }),
  );
}

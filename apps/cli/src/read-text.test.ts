import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readReportText } from './read-text.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCE = '邢庄镇调处矛盾纠纷50件，调处率95%。';
// the same sentence in GBK, written out so the test needs no encoder
const GBK = [
  208, 207, 215, 175, 213, 242, 181, 247, 180, 166, 195, 172, 182, 220, 190, 192, 183, 215, 53, 48, 188, 254,
  163, 172, 181, 247, 180, 166, 194, 202, 57, 53, 37, 161, 163,
];
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
};

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('reading report text', () => {
  test.each([
    ['UTF-8', Buffer.from(SENTENCE, 'utf8'), SENTENCE],
    [
      'UTF-8 with BOM, keeping the BOM so spans match readFileSync',
      Buffer.from(`\ufeff${SENTENCE}`, 'utf8'),
      `\ufeff${SENTENCE}`,
    ],
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]),
      SENTENCE,
    ],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)]), SENTENCE],
    ['GBK', Uint8Array.from(GBK), SENTENCE],
    ['CR LF line ends kept as they are', Buffer.from('第一行\r\n第二行', 'utf8'), '第一行\r\n第二行'],
  ])('decodes %s', (name, bytes, expected) => {
    expect(readReportText(write(`${name.slice(0, 8)}.txt`, bytes))).toBe(expected);
  });

  test.each([
    ['an empty file', 'empty.txt', '', '文件为空'],
    ['a file of blanks', 'blank.txt', ' \n\n ', '文件没有文字内容'],
    [
      'a binary file renamed .txt',
      'image.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0]),
      '不是文本文件',
    ],
  ])('rejects %s, naming the file', (_name, file, bytes, reason) => {
    const p = write(file, bytes);
    expect(() => readReportText(p, file)).toThrow(`${file}：${reason}`);
  });

  test.each(['report.docx', 'report.pdf'])('says that %s is not supported yet', (file) => {
    expect(() => readReportText(write(file, 'PK'), file)).toThrow(`${file}：暂不支持`);
  });

  test('says when a file does not exist', () => {
    expect(() => readReportText(path.join(dir, 'missing.txt'), 'missing.txt')).toThrow(
      'missing.txt：文件不存在',
    );
  });
});

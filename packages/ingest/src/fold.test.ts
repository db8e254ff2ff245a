import { existsSync, readFileSync } from 'node:fs';
import { extractReport } from '@fazhi/extract';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { foldRadicals } from './fold.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { pdfText } from './pdf.ts';
import { SUPPLEMENT_RADICAL_PAIRS } from './radicals.ts';
import { readDocument } from './read.ts';
import { docxOf, pdfWithToUnicode, utf8 } from './testing/files.ts';

describe('folding radical look-alikes to ideographs', () => {
  test.each([
    ['the Kangxi radical ⼈ (U+2F08) as 人', '⼈', '人'],
    ['the supplement radical ⺠ (U+2EA0) as 民', '⺠', '民'],
    ['the Kangxi radical ⾔ (U+2F94) as 言', '⾔', '言'],
    ['the supplement radical ⻓ (U+2ED3) as 长', '⻓', '长'],
    ['the supplement radical ⻳ (U+2EF3) as 龟', '⻳', '龟'],
    [
      'a whole phrase, leaving ideographs and digits alone',
      '受教育群众⼈数5000⼈次',
      '受教育群众人数5000人次',
    ],
    ['⺇ (U+2E87), whose ideograph lies outside the BMP, not at all', '⺇', '⺇'],
    ['an ideograph, not at all', '人民', '人民'],
  ])('reads %s', (_name, text, folded) => {
    expect(foldRadicals(text)).toBe(folded);
    expect(foldRadicals(text)).toHaveLength(text.length);
  });

  test('folds every Kangxi radical (U+2F00–U+2FD5) to one BMP ideograph', () => {
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
      const folded = foldRadicals(String.fromCharCode(cp));
      expect(folded).toHaveLength(1);
      expect(folded.charCodeAt(0)).toBeGreaterThanOrEqual(0x3400);
    }
  });

  test.skipIf(!existsSync('/usr/share/unicode/EquivalentUnifiedIdeograph.txt'))(
    'keeps the committed supplement table equal to Unicode’s EquivalentUnifiedIdeograph.txt',
    () => {
      const expected = new Map<number, number>();
      const file = readFileSync('/usr/share/unicode/EquivalentUnifiedIdeograph.txt', 'utf8');
      for (const m of file.matchAll(/^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})/gm)) {
        const [lo, hi, to] = [m[1], m[2] ?? m[1], m[3]].map((h) => Number.parseInt(h ?? '', 16));
        for (let cp = lo ?? 0; cp <= (hi ?? 0); cp++)
          if (cp <= 0x2eff && (to ?? 0) <= 0xffff) expected.set(cp, to ?? 0);
      }
      const table = new Map<number, number>();
      for (let i = 0; i < SUPPLEMENT_RADICAL_PAIRS.length; i += 2) {
        table.set(SUPPLEMENT_RADICAL_PAIRS.charCodeAt(i), SUPPLEMENT_RADICAL_PAIRS.charCodeAt(i + 1));
      }
      expect(table.size).toBeGreaterThan(90);
      expect(table).toEqual(expected);
    },
  );
});

const LINES = [
  '石桥镇2023年度法治政府建设情况报告',
  '2023年，石桥镇开展普法宣传活动10次，受教育群众⼈数5000⼈次。',
  '石桥镇⼈⺠政府',
];

describe('reading a report whose text carries radicals, in every format', () => {
  test('the PDF text layer really carries the radicals (the office-export fault)', async () => {
    const raw = await pdfText('r.pdf', pdfWithToUnicode(LINES), DEFAULT_LIMITS);
    expect(raw).toContain('⼈数5000⼈次');
    expect(raw).toContain('⼈⺠政府');
  });

  test.each([
    ['a PDF', 'r.pdf', async () => pdfWithToUnicode(LINES)],
    ['a .docx', 'r.docx', () => docxOf(LINES.join('\n'))],
    ['a UTF-8 text', 'r.txt', async () => utf8(LINES.join('\n'))],
    ['a GB18030 text', 'r.txt', async () => new Uint8Array(iconv.encode(LINES.join('\n'), 'gb18030'))],
  ])('reads %s as ideographs, so the engine finds the figures', async (_name, file, bytes) => {
    const { text } = await readDocument(file, await bytes());
    expect(text).toContain('受教育群众人数5000人次');
    expect(text).toContain('石桥镇人民政府');
    const { values } = extractReport(text);
    expect(values['pub.events']?.value).toBe(10);
    expect(values['pub.reach']?.value).toBe(5000);
  });

  test('the engine misses the audience figure in the unfolded text', () => {
    expect(extractReport(LINES.join('\n')).values['pub.reach']).toBeUndefined();
  });
});

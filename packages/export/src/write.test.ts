import { describe, expect, test } from 'vitest';
import { approxFormat, csvField, toCsv } from './write.ts';

describe('CSV cells', () => {
  test.each([
    ['a formula', '=1+2', "'=1+2"],
    ['a HYPERLINK with quotes and a comma', '=HYPERLINK("http://x",1)', `"'=HYPERLINK(""http://x"",1)"`],
    ['a leading plus', '+86-123', "'+86-123"],
    ['a leading minus in text', '-花园镇', "'-花园镇"],
    ['a leading at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\tcmd', "'\tcmd"],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['plain Chinese text', '邢庄镇', '邢庄镇'],
    ['an equals sign inside text', '合计=5', '合计=5'],
  ])('neutralises %s: %j → %j', (_, input, output) => {
    expect(csvField(input)).toBe(output);
  });

  test.each([
    [-3, '-3'],
    [0, '0'],
    [95.5, '95.5'],
    [null, ''],
  ])('leaves the number %j as %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  test('a whole table keeps its BOM and header, and neutralises a formula-like unit name', () => {
    const bytes = toCsv({
      fileName: 'f',
      sheets: [
        {
          name: 'n',
          title: 't',
          subtitle: 's',
          columns: [
            { header: '单位', width: 10 },
            { header: '较上年', width: 10 },
          ],
          rows: [['=1+2', -3]],
        },
      ],
    });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      "\ufeff单位,较上年\r\n'=1+2,-3\r\n",
    );
  });
});

describe('a figure with a qualifier stays a number, shown as the report wrote it', () => {
  test.each([
    [{ value: 106, qualifier: 'over' }, '0"余"'],
    [{ value: 2000, qualifier: 'about' }, '"约"0'],
    [{ value: 50, qualifier: 'near' }, '"近"0'],
    [{ value: 10, qualifier: 'under' }, '"不足"0'],
    [{ value: 95.5, qualifier: 'over' }, '0.0##"余"'],
  ] as const)('formats %o as %s', (approx, format) => {
    expect(approxFormat(approx)).toBe(format);
  });
});

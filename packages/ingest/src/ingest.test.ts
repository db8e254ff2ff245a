import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unitsWithoutCounty } from '@fazhi/db';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ingestDocument, ingestFile } from './ingest.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { docxOf, gbk, pdfOf, REPORT, utf8, zipBomb } from './testing/files.ts';
import { count, fingerprint, type TempStore, tempStore } from './testing/store.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../../data/reports');
let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(() => t.dispose());

describe('ingesting reports into SQLite', () => {
  test('stores the five seed reports with their units, counties and facts (东关镇 once its county is named)', async () => {
    const files = [
      '2023-邢庄镇.txt',
      '2023-北留镇.txt',
      '2022-法镇.txt',
      '2023-沈丘县人民政府办公室.txt',
      '2023-东关镇.txt',
    ];
    const outcomes = [];
    // 东关镇's text names no county and two counties have one: it is asked about (see units.test.ts)
    const county = (f: string) => (f === '2023-东关镇.txt' ? { county: '保德县' } : {});
    for (const f of files) outcomes.push(await ingestFile(t.store, path.join(SEEDS, f), county(f), f));
    expect(outcomes.map((o) => o.status)).toEqual([
      'ingested',
      'ingested',
      'ingested',
      'ingested',
      'ingested',
    ]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? null : [o.unit, o.county, o.year]))).toEqual([
      ['邢庄镇', '沈丘县', 2023],
      ['北留镇', '阳城县', 2023],
      ['法镇', '南郑区', 2022],
      ['沈丘县人民政府办公室', '沈丘县', 2023],
      ['东关镇', '保德县', 2023],
    ]);
    expect(await count(t.store, 'facts')).toBe(43);
    expect(await count(t.store, 'facts', "key = 'pub.events' and value = 100 and qualifier = 'over'")).toBe(
      1,
    );
    // 沈丘县 once, for both of its units
    expect(await count(t.store, 'regions', "level = 'county' and name = '沈丘县'")).toBe(1);
  });

  test('stores a report whose county is unknown without a county, on the list to assign', async () => {
    // a town no division has: nothing settles its county, and there are no namesakes to ask about
    await ingestDocument(
      t.store,
      'w.txt',
      utf8(REPORT.replaceAll('石桥镇', '望山镇').replace('中共云岭县委、云岭县人民政府：', '')),
    );
    expect((await unitsWithoutCounty(t.store.db)).map((u) => u.name)).toEqual(['望山镇']);
  });

  test('takes the county the caller names when the text names none', async () => {
    const o = await ingestFile(t.store, path.join(SEEDS, '2023-东关镇.txt'), { county: '沈丘县' });
    expect(o).toMatchObject({ status: 'ingested', county: '沈丘县' });
    expect(await unitsWithoutCounty(t.store.db)).toEqual([]);
  });

  test('is idempotent: the same content twice is one report', async () => {
    const bytes = readFileSync(path.join(SEEDS, '2023-邢庄镇.txt'));
    await ingestDocument(t.store, 'a.txt', bytes);
    const before = await fingerprint(t.store);
    expect(await ingestDocument(t.store, 'copy.txt', bytes)).toMatchObject({ status: 'unchanged' });
    expect(await fingerprint(t.store)).toBe(before);
  });

  test.each([
    ['GBK text', 'r.txt', async () => gbk(REPORT)],
    ['a Word .docx', 'r.docx', () => docxOf(REPORT)],
    ['a PDF', 'r.pdf', async () => pdfOf(REPORT.split('\n'))],
  ])('ingests %s through the same pipeline', async (_name, file, bytes) => {
    const o = await ingestDocument(t.store, file, await bytes());
    expect(o).toMatchObject({ status: 'ingested', unit: '石桥镇', county: '云岭县', year: 2023 });
    expect(await count(t.store, 'facts', "key = 'dispute.rate' and value = 95.8")).toBe(1);
  });
});

describe('rejecting bad input without writing anything', () => {
  const noUnit = '2023年，我们深入推进法治建设，全年开展普法宣传活动12场。';
  const noYear = '石桥镇人民政府关于法治政府建设情况的报告\n石桥镇开展普法宣传活动12场。';
  test.each<[string, string, () => Uint8Array | Promise<Uint8Array>, string]>([
    ['an empty file', 'empty.txt', () => new Uint8Array(), 'empty.txt：文件为空'],
    ['a binary file renamed .txt', 'x.txt', () => pdfOf([]).map((b, i) => (i % 5 ? b : 0)), '不是文本文件'],
    ['a scanned PDF', 'scan.pdf', () => pdfOf([]), 'scan.pdf：PDF 没有文字层'],
    [
      'a corrupt .docx',
      'bad.docx',
      async () => (await docxOf(REPORT)).slice(0, 200),
      'bad.docx：Word (.docx) 文件已损坏',
    ],
    ['a corrupt PDF', 'bad.pdf', () => pdfOf(['x']).slice(0, 100), 'bad.pdf：PDF 文件已损坏'],
    ['a zip bomb .docx', 'bomb.docx', () => zipBomb(60), 'bomb.docx：文档正文 XML 超过上限 8 MB'],
    ['a text with no unit', 'nounit.txt', () => utf8(noUnit), 'nounit.txt：未能从报告中识别出单位名称'],
    ['a text with no year', 'noyear.txt', () => utf8(noYear), 'noyear.txt：未能从报告中识别出报告年度'],
  ])(
    'refuses %s with a clear message and leaves the database as it was',
    async (_name, file, bytes, message) => {
      await ingestFile(t.store, path.join(SEEDS, '2023-邢庄镇.txt'));
      const before = await fingerprint(t.store);
      const o = await ingestDocument(t.store, file, await bytes());
      expect(o.status).toBe('rejected');
      expect(o.status === 'rejected' && o.message).toContain(message);
      expect(await fingerprint(t.store)).toBe(before);
    },
  );

  test('refuses a file over the size limit', async () => {
    const before = await fingerprint(t.store);
    const limits = { ...DEFAULT_LIMITS, maxBytes: 100 };
    const o = await ingestDocument(t.store, 'big.txt', utf8(REPORT), { limits });
    expect(o).toMatchObject({ status: 'rejected', code: 'too_large' });
    expect(await fingerprint(t.store)).toBe(before);
  });

  test('ingests a text with no unit or year when the caller names them', async () => {
    const o = await ingestDocument(t.store, 'named.txt', utf8(noUnit), {
      unit: '石桥镇',
      year: 2023,
      county: '云岭县',
    });
    expect(o).toMatchObject({ status: 'ingested', unit: '石桥镇', year: 2023, county: '云岭县', facts: 1 });
  });

  test('says a missing file does not exist', async () => {
    expect(await ingestFile(t.store, '/nonexistent/r.txt', {}, 'r.txt')).toMatchObject({
      status: 'rejected',
      message: 'r.txt：文件不存在',
    });
  });
});

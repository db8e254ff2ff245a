import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { inGroup, MAIN_KEYS } from '@fazhi/catalog/vocabulary';
import { withQualifier } from '@fazhi/catalog/wording';
import type { Comparison } from '@fazhi/contract';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';
import { LibreOffice, parseCsv } from './testing/libreoffice.ts';

let t: TestApp;
let lo: LibreOffice;
beforeAll(async () => {
  t = await testApp();
  lo = new LibreOffice();
}, 120_000);
afterAll(async () => {
  lo?.dispose();
  await t?.dispose();
});

const C = '示例县';
const KEYS = MAIN_KEYS.join(',');
const COMPARE = `/api/compare.xlsx?county=${C}&indicators=${KEYS}&year=2024&group=towns`;
const RANKING = `/api/ranking.xlsx?county=${C}&indicator=dispute.rate&year=2024&group=all`;
const COMPLIANCE = `/api/compliance.xlsx?county=${C}&year=2024`;

async function download(url: string): Promise<Buffer> {
  const r = await t.app.inject({ method: 'GET', url: encodeURI(url) });
  expect(r.statusCode, url).toBe(200);
  return r.rawPayload;
}

/** Each sheet as LibreOffice shows it, converted to CSV, by sheet name. */
async function sheetsOf(name: string, bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const files = await lo.convert(name, bytes, 'csv');
  const stem = path.parse(name).name;
  return new Map(
    [...files].map(([f, b]) => [f.slice(stem.length + 1, -'.csv'.length), parseCsv(b.toString('utf8'))]),
  );
}

const unzip = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  return (name: string) => strFromU8(files[name] ?? new Uint8Array());
};

describe('exports opened by LibreOffice', () => {
  test('the compare .xlsx has one row per unit with 本年 / 上年 / 增减 for each indicator, and the long form next', async () => {
    const { body } = await getJson<Comparison>(t.app, `/api/compare?county=${C}&indicators=${KEYS}`);
    const towns = body.units.filter((u) => inGroup(u.type, 'towns'));
    const sheets = await sheetsOf('compare.xlsx', await download(COMPARE));
    expect([...sheets.keys()]).toEqual(['对比', '明细（长表）']);

    const [title, , bands = [], header = [], ...data] = sheets.get('对比') ?? [];
    expect(title?.[0]).toBe('示例县 2024年较2023年 各单位指标对比（乡镇、街道）');
    expect(data.map((row) => row[0])).toEqual(towns.map((u) => u.name));
    const shown = (unitId: number, year: number, key: string) => {
      const cell = body.cells.find((c) => c.unitId === unitId && c.year === year && c.key === key);
      if (cell) return withQualifier(String(cell.value), cell.qualifier, '');
      return towns.find((u) => u.id === unitId)?.reported.includes(year) ? '未提及' : '未报送';
    };
    expect(body.indicators).toHaveLength(8);
    for (const ind of body.indicators) {
      const col = bands.indexOf(`${ind.label}（${ind.unit}）`);
      const rate = ind.unit === '%';
      expect(header.slice(col, col + (rate ? 3 : 4)), ind.label).toEqual(
        rate ? ['本年', '上年', '增减（百分点）'] : ['本年', '上年', '增减', '增减幅度（%）'],
      );
      for (const [i, unit] of towns.entries()) {
        const row = data[i] ?? [];
        expect(row[col], `${unit.name} ${ind.label} 2024`).toBe(shown(unit.id, 2024, ind.key));
        expect(row[col + 1], `${unit.name} ${ind.label} 2023`).toBe(shown(unit.id, 2023, ind.key));
        const change = body.cells.find((c) => c.unitId === unit.id && c.year === 2024 && c.key === ind.key)
          ?.change?.abs;
        expect(row[col + 2], `${unit.name} ${ind.label} 增减`).toBe(
          change === undefined ? '' : String(change),
        );
      }
    }

    const [, , longHeader, ...long] = sheets.get('明细（长表）') ?? [];
    expect(longHeader?.slice(0, 6)).toEqual(['单位', '类型', '年度', '指标', '计量单位', '数值']);
    const years = body.years.filter((y) => !body.emptyYears.includes(y));
    const unitRows = long.filter((row) => years.includes(Number(row[2])));
    expect(unitRows).toHaveLength(towns.length * years.length * body.indicators.length);
    expect(unitRows.every((row) => row[5] !== '' && row[5] !== '0')).toBe(true);
  });

  test('the .csv exports open as UTF-8 with the header and a row per unit', async () => {
    const compare = await sheetsOf('compare.csv', await download(COMPARE.replace('.xlsx', '.csv')));
    const [header = [], ...rows] = [...compare.values()][0] ?? [];
    expect(header.slice(0, 6)).toEqual([
      '单位',
      '类型',
      '干部职工与执法人员法治培训次数（次）本年',
      '干部职工与执法人员法治培训次数（次）上年',
      '干部职工与执法人员法治培训次数（次）增减',
      '干部职工与执法人员法治培训次数（次）增减幅度（%）',
    ]);
    const { body } = await getJson<Comparison>(t.app, `/api/compare?county=${C}&indicators=${KEYS}`);
    expect(rows.map((r) => r[0])).toEqual(
      body.units.filter((u) => inGroup(u.type, 'towns')).map((u) => u.name),
    );
    const ranking = await sheetsOf('ranking.csv', await download(RANKING.replace('.xlsx', '.csv')));
    expect([...ranking.values()][0]?.[0]).toContain('较上年增减（百分点）');
  });

  test('every .xlsx prints landscape, one page wide, its title and header rows on each page, in 宋体', async () => {
    for (const [name, url, titleRows] of [
      ['compare.xlsx', COMPARE, ['$1:$4', '$1:$3']],
      ['ranking.xlsx', RANKING, ['$1:$3']],
      ['compliance.xlsx', COMPLIANCE, ['$1:$3']],
    ] as const) {
      const ours = unzip(await download(url));
      const fonts = [...ours('xl/styles.xml').matchAll(/<font>.*?<name val="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(fonts), name).toEqual(new Set(['宋体']));
      // what LibreOffice understood of the print setup, written back out by LibreOffice
      const [saved] = [...(await lo.convert(name, await download(url), 'xlsx')).values()];
      const back = unzip(saved ?? new Uint8Array());
      titleRows.forEach((rows, i) => {
        const sheet = back(`xl/worksheets/sheet${i + 1}.xml`);
        expect(sheet, `${name} sheet ${i + 1}`).toMatch(/<pageSetUpPr fitToPage="(true|1)"\/>/);
        const setup = /<pageSetup [^>]*>/.exec(sheet)?.[0] ?? '';
        expect(setup).toContain('orientation="landscape"');
        expect(setup).toContain('fitToWidth="1"');
        expect(setup).toContain('fitToHeight="0"');
        expect(back('xl/workbook.xml')).toMatch(
          new RegExp(
            `localSheetId="${i}" name="_xlnm.Print_Titles"[^>]*>[^<]*!${rows.replace(/\$/g, '\\$')}<`,
          ),
        );
      });
    }
  });

  test('printed, the ranking is one landscape page and every page of the comparison repeats its title and unit column', async () => {
    const pages = async (name: string, url: string) => {
      const [pdf] = [...(await lo.convert(name, await download(url), 'pdf')).values()];
      const file = path.join(lo.dir, `${name}.pdf`);
      writeFileSync(file, pdf ?? new Uint8Array());
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      const text = (n: number) =>
        execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], {
          encoding: 'utf8',
        }).replace(/\s+/g, '');
      return { info, count, text };
    };
    const ranking = await pages('ranking.xlsx', RANKING);
    expect(ranking.count).toBe(1);
    const [w = 0, h = 0] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(ranking.info) ?? []).slice(1).map(Number);
    expect(w).toBeGreaterThan(h);

    const compare = await pages('compare.xlsx', COMPARE);
    const { body } = await getJson<Comparison>(t.app, `/api/compare?county=${C}&indicators=${KEYS}`);
    const towns = body.units.filter((u) => inGroup(u.type, 'towns')).map((u) => u.name);
    expect(compare.count).toBeGreaterThan(1);
    for (let n = 1; n <= compare.count; n++) {
      const text = compare.text(n);
      expect(text, `page ${n}`).toMatch(n === 1 ? /各单位指标对比/ : /各单位指标明细/);
      // the header row (类型 is no value of any cell) is on every page
      expect(text, `page ${n}`).toContain('类型');
      // a page cut off on the right would have figures but no unit names
      expect(
        towns.some((u) => text.includes(u)),
        `page ${n}`,
      ).toBe(true);
    }
  });
});

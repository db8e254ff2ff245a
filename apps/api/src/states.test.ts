import type {
  Briefing,
  Comparison,
  Completeness,
  Overview,
  Ranking,
  ReportDetail,
  UnitProfile,
} from '@fazhi/contract';
import { sentenceText } from '@fazhi/service';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, type TestApp, testApp } from './testing/app.ts';

// The sample county never received 白马镇's 2024 report, nor 新华街道's or 示例县司法局's 2023 report;
// no unit of it has a 2025 report. Every expectation below is checked against the stored reports. (A
// later report's 比上年 figure can still give a unit-year without a report its value: 新华街道's 2023
// dispute.cases comes from its 2024 report, so the cases below use 2024 or pub.events.)
let t: TestApp;
let completeness: Completeness;
beforeAll(async () => {
  t = await testApp();
  completeness = (await getJson<Completeness>(t.app, '/api/completeness?county=示例县')).body;
}, 60_000);
afterAll(() => t.dispose());

const get = async <T>(url: string) => (await getJson<T>(t.app, url)).body;
const reportOf = (unitId: number, year: number) =>
  completeness.units.find((u) => u.unit.id === unitId)?.years.find((y) => y.year === year)?.reportId ?? null;
const download = (url: string) => t.app.inject({ method: 'GET', url: encodeURI(url) });

describe('ranking: the figure, 未提及 and 未报送 apart', () => {
  test('a unit whose report never came is no_report, one whose report leaves it out is not_mentioned', async () => {
    const r = await get<Ranking>('/api/ranking?county=示例县&indicator=dispute.cases&year=2024');
    const bai = r.rows.find((x) => x.unit.name === '白马镇');
    expect(bai).toMatchObject({ state: 'no_report', value: null, rank: null });
    expect(reportOf(bai?.unit.id ?? 0, 2024)).toBeNull();
    const silent = r.rows.filter((x) => x.state === 'not_mentioned');
    expect(silent.length).toBeGreaterThan(0);
    for (const row of silent) {
      const reportId = reportOf(row.unit.id, 2024);
      expect(reportId, row.unit.name).not.toBeNull();
      const report = await get<ReportDetail>(`/api/reports/${reportId}`);
      const found = report.facts.filter((f) => f.key === 'dispute.cases' && f.status !== 'rejected');
      expect(found, row.unit.name).toEqual([]);
    }
    const order = r.rows.map((x) => x.state);
    expect(order).toEqual([...order].sort((a, b) => RANK[a] - RANK[b]));
    expect(r.reported).toBe(r.rows.filter((x) => reportOf(x.unit.id, 2024) !== null).length);
  });

  test("says why last year's figure is missing: 新华街道 sent no 2023 report", async () => {
    const r = await get<Ranking>('/api/ranking?county=示例县&indicator=pub.events&year=2024');
    expect(r.rows.find((x) => x.unit.name === '新华街道')).toMatchObject({
      state: 'value',
      previous: null,
      previousState: 'no_report',
    });
    for (const row of r.rows) {
      const expected = row.previous ? 'value' : reportOf(row.unit.id, 2023) ? 'not_mentioned' : 'no_report';
      expect(row.previousState, row.unit.name).toBe(expected);
    }
  });

  test('a year with no reports lists no unit, and says so once with reported 0', async () => {
    const { status, body } = await getJson<Ranking>(
      t.app,
      '/api/ranking?county=示例县&indicator=dispute.cases&year=2025',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ reported: 0, rows: [] });
  });
});

const RANK = { value: 0, not_mentioned: 1, no_report: 2 } as const;

describe('compare: which unit-years have a report', () => {
  test('lists the years each unit reported, as the completeness table has them, and the empty years', async () => {
    const c = await get<Comparison>('/api/compare?county=示例县&years=2022-2025&indicators=dispute.cases');
    expect(c.emptyYears).toEqual([2025]);
    for (const u of c.units) {
      const expected = [2022, 2023, 2024].filter((y) => reportOf(u.id, y) !== null);
      expect(u.reported, u.name).toEqual(expected);
    }
    expect(c.units.find((u) => u.name === '新华街道')?.reported).toEqual([2022, 2024]);
  });
});

describe('unit profile: the county years beside the unit own reports', () => {
  test('白马镇 has no 2024 report although the county has 2024: that year reads 未报送', async () => {
    const id = completeness.units.find((u) => u.unit.name === '白马镇')?.unit.id;
    const p = await get<UnitProfile>(`/api/units/${id}`);
    expect(p.countyYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(p.reports.map((r) => r.year).sort()).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(p.cells.some((c) => c.year === 2024)).toBe(false);
  });
});

describe('overview: units without a figure, by why', () => {
  test('counts 未报送 and 未提及 beside each headline, adding up to every township', async () => {
    const o = await get<Overview>('/api/overview?county=示例县&year=2024');
    for (const h of o.groups.flatMap((g) => g.headlines)) {
      expect(h.absent.noReport, h.indicator.key).toBe(o.units - o.reported);
      expect(h.units + h.absent.noReport + h.absent.notMentioned, h.indicator.key).toBe(o.units);
    }
    expect(o.units - o.reported).toBe(1);
  });

  test('a year with no reports has reported 0 and no figure', async () => {
    const o = await get<Overview>('/api/overview?county=示例县&year=2025');
    expect(o.reported).toBe(0);
    expect(o.groups.flatMap((g) => g.headlines).every((h) => h.value === null)).toBe(true);
  });
});

describe('briefing: sentences and tables tell the two absences apart', () => {
  test('each total says how many units sent no report and how many reports leave it out', async () => {
    const b = await get<Briefing>('/api/briefing?county=示例县&year=2024');
    const sentences = b.sections.flatMap((s) => s.sentences).map(sentenceText);
    const r = await get<Ranking>('/api/ranking?county=示例县&indicator=dispute.cases&year=2024&group=all');
    const count = (state: string) => r.rows.filter((x) => x.state === state).length;
    const cases = b.headlines.find((h) => h.indicator.key === 'dispute.cases');
    expect(cases?.absent).toEqual({ noReport: 1, notMentioned: count('not_mentioned') });
    expect(count('not_mentioned')).toBeGreaterThan(0);
    expect(sentences.find((s) => s.startsWith('全县共排查调处矛盾纠纷'))).toContain(
      `（${count('value')}个单位报告；1个单位未报送，${count('not_mentioned')}个单位的报告未提及）`,
    );
  });

  test('the appendix lists a unit without a report as such, apart from a report without the figure', async () => {
    const b = await get<Briefing>('/api/briefing?county=示例县&year=2024');
    const bai = b.table.rows.find((r) => r.unit.name === '白马镇');
    expect(bai).toMatchObject({ reported: false });
    expect(bai?.cells.every((c) => c === null)).toBe(true);
    const silent = b.table.rows.filter((r) => r.reported && r.cells.some((c) => c === null));
    expect(silent.length).toBeGreaterThan(0);
    expect(b.table.rows).toHaveLength(23);
  });

  test('a units chart marks each missing bar with its reason', async () => {
    const b = await get<Briefing>('/api/briefing?county=示例县&year=2024&focus=pub');
    const chart = b.charts.find((c) => c.kind === 'units' && c.title.includes('普法宣传活动'));
    const row = chart?.rows.find((r) => r.label === '新华街道');
    expect(row?.states).toEqual(['value', 'no_report']);
    expect(row?.values[1]).toBeNull();
    for (const r of chart?.rows ?? [])
      expect(
        r.values.map((v) => v === null),
        r.label,
      ).toEqual(r.states.map((s) => s !== 'value'));
  });
});

describe('exports: 未报送 and 未提及 in the value column, an empty year as one line', () => {
  test.each(['xlsx', 'csv'] as const)(
    'the ranking .%s writes the reason in the figure’s place',
    async (ext) => {
      const url = '/api/ranking?county=示例县&indicator=dispute.cases&year=2024';
      const r = await get<Ranking>(url);
      const res = await download(url.replace('ranking?', `ranking.${ext}?`));
      const rows = ext === 'xlsx' ? (await readSheet(res.rawPayload)).slice(2) : csvRows(res.rawPayload);
      const header = rows[0] ?? [];
      const value = header.indexOf('数值（件）');
      const byUnit = new Map(rows.slice(1).map((row) => [String(row[header.indexOf('单位')]), row]));
      const word = { value: null, not_mentioned: '未提及', no_report: '未报送' };
      for (const row of r.rows) {
        const cell = byUnit.get(row.unit.name)?.[value];
        if (row.state === 'value') expect(Number(cell), row.unit.name).toBe(row.value);
        else expect(cell, row.unit.name).toBe(word[row.state]);
      }
      expect(byUnit.get('白马镇')?.[value]).toBe('未报送');
    },
  );

  test.each(['xlsx', 'csv'] as const)(
    'the ranking .%s of an empty year is one line saying so',
    async (ext) => {
      const res = await download(`/api/ranking.${ext}?county=示例县&indicator=dispute.cases&year=2025`);
      expect(res.statusCode).toBe(200);
      const rows =
        ext === 'xlsx' ? (await readSheet(res.rawPayload)).slice(3) : csvRows(res.rawPayload).slice(1);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.[0]).toBe('2025 年度尚未收到任何报告');
    },
  );

  test('the comparison writes 未报送 for a unit-year without a report and one line for an empty year', async () => {
    const res = await download('/api/compare.xlsx?county=示例县&indicators=pub.events&years=2023-2025');
    const rows = (await readSheet(res.rawPayload, 2)).slice(3);
    const year = (y: number) => rows.filter((row) => row[2] === y);
    expect(year(2025)).toEqual([['2025 年度尚未收到任何报告', null, 2025, ...Array(8).fill(null)]]);
    const xinhua = (y: number) => year(y).find((row) => row[0] === '新华街道')?.[5];
    expect(xinhua(2023)).toBe('未报送');
    expect(typeof xinhua(2024) === 'number' || xinhua(2024) === '未提及').toBe(true);
    expect(year(2023).some((row) => row[5] === '未提及')).toBe(true);
    expect(year(2023).every((row) => row[5] !== null && row[5] !== 0)).toBe(true);
  });
});

describe('the compare export as the screen shows it: a row per unit, this year against the year before', () => {
  test('the newest year with reports is 本年 by default; a unit without last year’s report reads 未报送 there', async () => {
    const res = await download('/api/compare.xlsx?county=示例县&indicators=pub.events&years=2023-2025');
    const rows = await readSheet(res.rawPayload, 1);
    expect(rows[0]?.[0]).toBe('示例县 2024年较2023年 各单位指标对比（全部单位）');
    const xinhua = rows.find((row) => row[0] === '新华街道') ?? [];
    expect(xinhua[3]).toBe('未报送');
    expect(typeof xinhua[2] === 'number' || xinhua[2] === '未提及').toBe(true);
  });

  test.each(['xlsx', 'csv'] as const)(
    'the .%s of a year without any report is one line saying so',
    async (ext) => {
      const res = await download(
        `/api/compare.${ext}?county=示例县&indicators=pub.events&year=2025&group=towns`,
      );
      const rows =
        ext === 'xlsx' ? (await readSheet(res.rawPayload, 1)).slice(4) : csvRows(res.rawPayload).slice(1);
      expect(rows.map((row) => row.filter((cell) => cell !== null))).toEqual([['2025 年度尚未收到任何报告']]);
    },
  );
});

/** A CSV as the exports write it (BOM, CRLF, no quoted commas in these tables) split into fields. */
function csvRows(bytes: Buffer): string[][] {
  return bytes
    .subarray(3)
    .toString('utf8')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
}

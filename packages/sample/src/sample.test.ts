import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { currentReports, factsOfReport, openStore, type SqliteStore } from '@fazhi/db';
import { ingestDocument } from '@fazhi/ingest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleFiles } from './files.ts';
import { sampleCounty } from './generate.ts';
import { prepareSampleCounty } from './setup.ts';
import { SAMPLE_COUNTY, SAMPLE_YEARS, sampleUnits } from './units.ts';

describe('the sample county generator', () => {
  const reports = sampleCounty();

  test('covers about 20 townships and 3 departments over 2019–2024, with a few reports missing', () => {
    const units = sampleUnits();
    expect(units.filter((u) => u.type !== 'county_dept')).toHaveLength(20);
    expect(units.filter((u) => u.type === 'county_dept')).toHaveLength(3);
    expect(new Set(reports.map((r) => r.year))).toEqual(new Set(SAMPLE_YEARS));
    expect(reports.length).toBeGreaterThan(120);
    expect(reports.length).toBeLessThan(units.length * SAMPLE_YEARS.length);
  });

  test('writes the same texts on every run', () => {
    expect(sampleCounty().map((r) => r.text)).toEqual(reports.map((r) => r.text));
  });

  test('renames one unit: 城关镇 until 2021, 城关街道 from 2022', () => {
    const names = reports.filter((r) => r.unit.startsWith('城关')).map((r) => `${r.year}${r.unit}`);
    expect(names.some((n) => /^20(19|20|21)城关镇$/.test(n))).toBe(true);
    expect(names.some((n) => /^20(22|23|24)城关街道$/.test(n))).toBe(true);
  });

  test('writes numerals in many forms and leaves some indicators out of some reports', () => {
    const all = reports.map((r) => r.text).join('\n');
    for (const form of [
      /[０-９]{2,}/,
      /\d,\d{3}/,
      /\d(?:\.\d)?万余/,
      /[二三四五六七八九]?十[一二三四五六七八九]?余?(?:次|场|期|件)/,
      /近千/,
      /约\d+/,
      /其中/,
      /较上年/,
    ]) {
      expect(all, String(form)).toMatch(form);
    }
    const keysPerReport = reports.map((r) => new Set(r.facts.map((f) => f.key)).size);
    expect(Math.min(...keysPerReport)).toBeLessThan(Math.max(...keysPerReport));
  });
});

describe('ingesting the sample county', () => {
  let dir: string;
  let store: SqliteStore;
  const reports = sampleCounty();
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sample-'));
    store = openStore(path.join(dir, 'sample.db'));
    await prepareSampleCounty(store);
    for (const f of await sampleFiles(reports)) {
      const o = await ingestDocument(store, f.name, f.bytes, { county: SAMPLE_COUNTY, sample: true });
      if (o.status !== 'ingested') throw new Error(`${f.name}: ${o.status}`);
    }
  }, 60_000);
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('goes through the same pipeline, one report in GBK and one as .docx, all marked sample', async () => {
    const stored = await currentReports(store.db);
    expect(stored).toHaveLength(reports.length);
    expect(stored.every((r) => r.sample)).toBe(true);
    expect(stored.filter((r) => r.encoding === 'GB18030').map((r) => r.sourceName)).toEqual([
      '2020-东岭镇.txt',
    ]);
    expect(stored.filter((r) => r.format === 'docx').map((r) => r.sourceName)).toEqual(['2021-西河镇.docx']);
  });

  test('keeps the renamed unit as one unit, through its old name as an alias', () => {
    const units = store.sqlite.prepare('select count(*) as n from units where sample = 1').get();
    expect(units).toEqual({ n: sampleUnits().length });
  });

  test('stores every figure each generated text states, and nothing else', async () => {
    const stored = await currentReports(store.db);
    const byFile = new Map(reports.map((r) => [r.file.replace(/\.txt$/, ''), r]));
    for (const report of stored) {
      const truth = byFile.get(report.sourceName.replace(/\.(txt|docx)$/, ''));
      const want = (truth?.facts ?? []).map((f) => `${f.key}|${f.value}|${f.year}`).sort();
      const got = (await factsOfReport(store.db, report.id))
        .map((f) => `${f.key}|${f.value}|${f.year}`)
        .sort();
      expect(got, report.sourceName).toEqual(want);
    }
  });
});

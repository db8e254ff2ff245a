import { describe, expect, test } from 'vitest';
import { sampleCounty } from './generate.ts';

const reports = sampleCounty();
const of = (unit: string, year: number) => reports.find((r) => r.unit === unit && r.year === year);
const headings = (text: string) => text.split('\n').filter((l) => /^[一二三四五六七八九十]、/.test(l));

describe('the sample county as an office receives it', () => {
  test('about one report in seven came in after 1 March, the rest in February', () => {
    const late = reports.filter((r) => r.receivedOn > `${r.year + 1}-03-01`);
    expect(late.length / reports.length).toBeGreaterThan(0.08);
    expect(late.length / reports.length).toBeLessThan(0.25);
    for (const r of reports) expect(r.receivedOn.slice(0, 4)).toBe(String(r.year + 1));
  });

  test('most reports were published, some never', () => {
    const unpublished = reports.filter((r) => r.published === null).length;
    expect(unpublished).toBeGreaterThan(5);
    expect(unpublished / reports.length).toBeLessThan(0.3);
  });

  test('some reports leave out 存在的问题 or the leadership part; every report has its measures and next year', () => {
    const parts = reports.map((r) => headings(r.text).join('|'));
    expect(parts.every((p) => p.startsWith('一、主要工作和成效') && p.includes('下一步工作打算'))).toBe(true);
    expect(parts.filter((p) => !p.includes('存在的问题')).length).toBeGreaterThan(3);
    expect(parts.filter((p) => !p.includes('第一责任人职责')).length).toBeGreaterThan(3);
    expect(
      parts.filter((p) => p.includes('存在的问题') && p.includes('第一责任人职责')).length,
    ).toBeGreaterThan(80);
  });

  test('双桥乡 copied its 2023 report in 2024, with only the years moved on', () => {
    const [before, after] = [of('双桥乡', 2023), of('双桥乡', 2024)];
    expect(after?.text).toBe(before?.text.replace(/20(1\d|2\d)(?=年)/g, (y) => String(Number(y) + 1)));
    expect(after?.facts.map((f) => [f.key, f.value])).toEqual(before?.facts.map((f) => [f.key, f.value]));
    expect(after?.facts.every((f) => f.year === 2024 || f.year === 2023)).toBe(true);
  });

  test('龙泉乡 copied 马场乡’s 2024 report with the name changed', () => {
    const [source, copy] = [of('马场乡', 2024), of('龙泉乡', 2024)];
    expect(copy?.text).toBe(source?.text.split('马场乡').join('龙泉乡'));
    expect(copy?.facts).toEqual(source?.facts);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Briefing, Comparison } from '@fazhi/contract';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SCREENSHOTS, screenshot, texts, useHarness } from './harness.ts';

const h = useHarness();
const text = (s: Briefing['summary'][number]) =>
  s.parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
/** Every sentence the API computes; the one page carries the summary and the three highlights. */
const sentencesOf = (b: Briefing) => [...b.summary, ...b.sections.flatMap((s) => s.sentences)].map(text);
const onePageOf = (b: Briefing) => [...b.summary, ...b.highlights].map(text);
// pdftotext breaks lines wherever the page did; compare without any white space
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Opens the briefing, waits until every chart is drawn, and downloads its PDF through the button. */
async function briefingPdf(page: Page, query: string) {
  await page.goto(`${h().url}/briefing?${query}`);
  await page.waitForSelector('[data-briefing-ready="true"]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=export-pdf]'),
  ]);
  const file = await download.path();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
  return { file, name: download.suggestedFilename(), pages, pageText };
}

/**
 * Every font in the PDF is embedded as a real (subset) font, none drawn as Type 3 glyph procedures, and
 * the text is set in the Song face (AR PL UMing).
 */
function expectFontsEmbedded(file: string) {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    // columns: name, type (may hold a space), encoding, emb, sub, uni, object, ID
    expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
    expect(row, row).not.toMatch(/Type 3/);
  }
  expect(rows.some((r) => /^\w{6}\+UMingCN\s/.test(r))).toBe(true);
}

describe('the leadership briefing', () => {
  test('the seed county: the page and its PDF say the hand-checked figures in the expected sentences', async () => {
    const C = encodeURIComponent('沈丘县');
    const b = await h().get<Briefing>(`/api/briefing?county=${C}&year=2023`);
    const expected = [
      '2023年度，全县2个单位中有2个报送了法治政府建设情况报告。',
      '全县共排查调处矛盾纠纷50件（1个单位报告；1个单位的报告未提及），上年无可比数据。',
      '各乡镇（街道）中，仅邢庄镇报告了矛盾纠纷调处率（95%）。',
      '全县共开展普法宣传活动106余次（1个单位报告；1个单位的报告未提及），上年无可比数据。',
      '全县共受理行政复议案件88件（1个单位报告；1个单位的报告未提及），较上年下降79.4%。',
      '全县共审结行政复议案件63件，其中维持38件、驳回8件、撤销1件、责令履行3件、撤回或终止13件。',
    ];
    for (const s of expected) expect(sentencesOf(b)).toContain(s);

    const page = await h().page({ width: 1366, height: 900 });
    const pdf = await briefingPdf(page, `county=${C}&year=2023&annex=1`);
    expect(await texts(page, '.sheet .sentence')).toEqual([
      ...onePageOf(b),
      ...sentencesOf(b).slice(b.summary.length),
    ]);
    expect(pdf.name).toBe('沈丘县2023年度法治建设主要指标简报.pdf');
    const all = Array.from({ length: pdf.pages }, (_, n) => pdf.pageText(n + 1));
    for (const s of expected) expect(squeeze(all.join(''))).toContain(squeeze(s));
    for (const t of all) {
      expect(squeeze(t)).toContain(
        squeeze('沈丘县 · 2023年度 · 指标：学法培训、矛盾纠纷化解、普法宣传、行政复议与应诉（9项）'),
      );
      expect(t).toMatch(/数据截至 \d{4}-\d\d-\d\d \d\d:\d\d · 已审核 0%/);
    }
    expectFontsEmbedded(pdf.file);
  });

  test('the default briefing is one A4 portrait page whose sentences are the API’s, in order', async () => {
    const C = encodeURIComponent('示例县');
    const b = await h().get<Briefing>(`/api/briefing?county=${C}&year=2023`);
    expect(b.highlights).toHaveLength(3);
    const page = await h().page({ width: 1366, height: 900 });
    const pdf = await briefingPdf(page, `county=${C}&year=2023`);
    expect(pdf.pages).toBe(1);
    expect(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+594\.96 x 841\.92 pts \(A4\)/,
    );
    expect(await texts(page, '.sheet .sentence')).toEqual(onePageOf(b));
    // the page's sentences, cut from the PDF's text: each ends in 。 between the headings around it
    const raw = squeeze(execFileSync('pdftotext', [pdf.file, '-'], { encoding: 'utf8' }));
    const cut = (from: string, to: string) => raw.slice(raw.indexOf(from) + from.length, raw.indexOf(to));
    const said = (t: string) =>
      t
        .split('。')
        .filter(Boolean)
        .map((x) => `${x}。`);
    // 一、总体情况: the coverage, then how the reports were handed in, as the 报送与质量 figures say
    expect(b.summary.map((s) => s.kind)).toEqual(['coverage', 'submissions']);
    const { units, onTime } = b.submissions;
    expect(b.summary.map(text)[1]).toMatch(new RegExp(`^全县${units}个单位中，${onTime}个按时报送`));
    expect(said(cut('一、总体情况', '指标口径'))).toEqual(b.summary.map(text).map(squeeze));
    expect(said(cut('二、要点', '三、'))).toEqual(b.highlights.map(text).map(squeeze));
    // the table and the text say the rate's median over the same peers, in the same words
    const rate = b.headlines.find((x) => x.indicator.key === 'dispute.rate');
    expect(rate?.statistic).toBe('各乡镇（街道）中位数');
    expect(raw).toContain(squeeze(`调处率/调解成功率${rate?.statistic}${rate?.value}%`));
    // leaders and laggards only of indicators better one way: no row for a caseload
    expect(raw).toContain('四、各单位靠前与靠后情况');
    expect(raw.slice(raw.indexOf('四、'))).not.toContain('排查调处矛盾纠纷件数');
    expect(raw).not.toContain('附件');
    expectFontsEmbedded(pdf.file);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      pdf.file,
      path.join(SCREENSHOTS, 'briefing-one-page'),
    ]);

    // the annex checkbox is held in the URL and adds pages after the same first page
    await page.click('[data-testid=annex]');
    await page.waitForURL(/annex=1/);
    expect(await page.getAttribute('[data-testid=export-pdf]', 'href')).toMatch(/annex=1/);
  });

  test('the sample county with the annex: every computed sentence is in the PDF, and totals add up to the units’ values', async () => {
    const C = encodeURIComponent('示例县');
    const b = await h().get<Briefing>(`/api/briefing?county=${C}&year=2023`);
    const cmp = await h().get<Comparison>(
      `/api/compare?county=${C}&years=2022-2023&indicators=dispute.cases`,
    );
    const cases = cmp.cells.filter((c) => c.year === 2023 && c.key === 'dispute.cases');
    const total = cases.reduce((a, c) => a + c.value, 0);
    const sentence = sentencesOf(b).find((s) => s.startsWith('全县共排查调处矛盾纠纷'));
    const silent = b.headlines.find((x) => x.indicator.key === 'dispute.cases')?.absent.notMentioned;
    // 新华街道 sent no 2023 report, yet its 2024 report's 比上年 gives a 2023 figure; 司法局 sent none
    expect(sentence).toContain(
      `${total}件（${cases.length}个单位报告；1个单位未报送，${silent}个单位的报告未提及）`,
    );

    const page = await h().page({ width: 1366, height: 900 });
    const pdf = await briefingPdf(page, `county=${C}&year=2023&annex=1`);
    expect(pdf.pages).toBeGreaterThan(1);
    const all = Array.from({ length: pdf.pages }, (_, n) => pdf.pageText(n + 1));
    for (const s of sentencesOf(b)) expect(squeeze(all.join(''))).toContain(squeeze(s));
    expect(squeeze(all[0] ?? '')).not.toContain('附件');
    expect(squeeze(all[1] ?? '')).toContain('附件一分项情况');
    expectFontsEmbedded(pdf.file);
    // printed at full size, not shrunk to fit: a sentence starts 2 em of 10.5 pt type inside the 15 mm margin
    const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf.file, '-'], {
      encoding: 'utf8',
    });
    const start = /<word xMin="([\d.]+)"[^>]*>2023年度，全县/.exec(boxes)?.[1];
    expect(Number(start)).toBeCloseTo((15 / 25.4) * 72 + 21, 0);
    expect(await texts(page, '.sheet .sentence')).toEqual([
      ...onePageOf(b),
      ...sentencesOf(b).slice(b.summary.length),
    ]);
    await screenshot(page, 'briefing');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf.file,
      path.join(SCREENSHOTS, 'briefing-pdf'),
    ]);

    // the appendix is on landscape pages; where it runs over, each page repeats its header row
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pdf.pages), pdf.file], {
      encoding: 'utf8',
    });
    const landscape = [...sizes.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)]
      .filter((m) => Number(m[2]) > Number(m[3]))
      .map((m) => Number(m[1]));
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    expect(sizes).toMatch(/Page\s+1 size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(sizes).toMatch(/^Title:\s+示例县2023年度法治建设主要指标简报$/m);
    const unitNames = b.table.rows.map((r) => r.unit.name);
    for (const n of landscape) {
      const t = pdf.pageText(n);
      // header cells carry the units (（次）, （%）…); the body cells do not
      for (const i of b.table.indicators) expect(t).toContain(`（${i.unit}）`);
      expect(unitNames.some((u) => t.includes(u))).toBe(true);
    }
    const listed = unitNames.filter((u) => landscape.some((n) => pdf.pageText(n).includes(u)));
    expect(listed).toEqual(unitNames);
  });

  test('each chart downloads as a 1920×1080 PNG on white, for a 16:9 slide', async () => {
    const page = await h().page();
    await page.goto(
      `${h().url}/briefing?county=${encodeURIComponent('示例县')}&year=2023&focus=dispute&annex=1`,
    );
    await page.waitForSelector('[data-briefing-ready="true"]');
    const buttons = await page.$$('.briefing-chart button');
    expect(buttons.length).toBe(3);
    const [png] = await Promise.all([page.waitForEvent('download'), buttons[0]?.click()]);
    expect(png.suggestedFilename()).toMatch(/^示例县2023年简报-各乡镇（街道）排查调处矛盾纠纷件数.*\.png$/);
    const bytes = readFileSync(await png.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    // the first pixel of the first row reads the same under every PNG filter: it must be opaque white
    const idat: Buffer[] = [];
    for (let at = 8; at < bytes.length; ) {
      const len = bytes.readUInt32BE(at);
      if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
        idat.push(bytes.subarray(at + 8, at + 8 + len));
      at += len + 12;
    }
    const raw = inflateSync(Buffer.concat(idat));
    expect([...raw.subarray(1, 5)]).toEqual([255, 255, 255, 255]);
  });

  test('a year without reports says so instead of an empty briefing', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/briefing?county=${encodeURIComponent('沈丘县')}&year=2019`);
    await page.waitForSelector('[data-print-error]');
    expect(await page.textContent('[data-print-error]')).toBe(
      '沈丘县 2019 年度尚未收到任何报告，无法生成简报',
    );
    h().errors.splice(0);
  });
});

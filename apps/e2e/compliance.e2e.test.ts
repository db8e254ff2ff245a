import { readFileSync } from 'node:fs';
import type { Compliance, ComplianceEntry, ReuseComparison } from '@fazhi/contract';
import {
  filterRows,
  filtersFrom,
  formatShare,
  highestReuse,
  missingParts,
  timeliness,
} from '@fazhi/web/testing';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import { screenshot, texts, useHarness } from './harness.ts';

const C = encodeURIComponent('示例县');
const VIEW = `/compliance?county=${C}&year=2024`;
const h = useHarness();

const api = () => h().get<Compliance>(`/api/compliance?county=${C}&year=2024`);

const shownUnits = (page: Page) => texts(page, 'table.compliance-table tbody th[scope=row]');

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** What the row of this unit says in the cells the test compares, as the screen shows them. */
const rowOf = (page: Page, unit: string) =>
  page.$eval(`table.compliance-table tbody tr[data-unit="${unit}"]`, (tr) => ({
    timeliness: tr.querySelector('[data-testid=timeliness]')?.textContent?.trim(),
    published: tr.querySelector('[data-testid=published]')?.textContent?.trim(),
    missing: [...tr.querySelectorAll('.part-mark.missing')].map((m) => m.getAttribute('aria-label')),
    reuse: tr.querySelector('[data-testid=reuse-link]')?.textContent?.trim() ?? null,
    reuseSource: tr.querySelector('td.reuse .small')?.textContent?.trim() ?? null,
  }));

describe('报送与质量', () => {
  test('the sample county’s 2024 shows late, part-less, unpublished and copied reports as the API has them', async () => {
    const d = await api();
    const late = d.rows.filter((r) => r.onTime === false);
    const partless = d.rows.filter((r) => missingParts(r).length > 0);
    const unpublished = d.rows.filter((r) => r.published === false);
    const copied = d.rows.filter((r) => (highestReuse(r)?.share ?? 0) >= 0.5);
    for (const found of [late, partless, unpublished, copied]) expect(found.length).toBeGreaterThan(0);
    expect(copied.map((r) => r.unit)).toEqual(expect.arrayContaining(['双桥乡', '龙泉乡']));

    const page = await h().page();
    await page.goto(`${h().url}${VIEW}`);
    await page.waitForSelector('table.compliance-table');
    expect(await shownUnits(page)).toEqual(d.rows.map((r) => r.unit));
    expect(await page.textContent('[data-testid=deadlines]')).toContain(d.deadlines.reportBy);
    for (const r of d.rows) {
      const shown = await rowOf(page, r.unit);
      expect(shown.timeliness, r.unit).toBe(timeliness(r).text);
      expect(shown.published, r.unit).toBe(r.published === null ? '—' : r.published ? '是' : '否');
      // 其他需要报告的情况 is marked when absent but not counted missing (written only when there is something)
      const counted = shown.missing.filter((m) => !m?.startsWith('其他需要报告的情况'));
      expect(counted.length, r.unit).toBe(missingParts(r).length);
      const top = highestReuse(r);
      expect(shown.reuse, r.unit).toBe(top ? formatShare(top.share) : null);
      expect(shown.reuseSource, r.unit).toBe(top ? top.source : null);
    }
    const shortcomingsMissing = d.rows.find((r) => r.parts?.shortcomings === 'missing');
    if (shortcomingsMissing) {
      const shown = await rowOf(page, shortcomingsMissing.unit);
      expect(shown.missing).toContain('存在的不足和原因：缺少');
    }
    expect(await page.getAttribute('[data-testid=export-compliance]', 'href')).toBe(
      `/api/compliance.xlsx?county=${C}&year=2024`,
    );
    await screenshot(page, 'compliance');
  });

  test.each([
    ['迟交', 'late'],
    ['缺少部分', 'missing'],
    ['重复率≥50%', 'reused'],
  ])('the filter %s narrows the rows to those the API says, and the URL keeps it', async (label, param) => {
    const d = await api();
    const page = await h().page();
    await page.goto(`${h().url}${VIEW}`);
    await page.waitForSelector('table.compliance-table');
    await page.click(`.compliance-view label:has-text("${label}") input`);
    await page.waitForURL((u) => u.searchParams.get(param) === '1');
    const expected = filterRows(d.rows, filtersFrom(new URLSearchParams(`${param}=1`)));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(d.rows.length);
    expect(await shownUnits(page)).toEqual(expected.map((r: ComplianceEntry) => r.unit));
    await page.reload();
    await page.waitForSelector('table.compliance-table');
    expect(await shownUnits(page)).toEqual(expected.map((r: ComplianceEntry) => r.unit));
  });

  test('clicking 龙泉乡’s reuse figure shows both texts with the shared passages highlighted and both shares', async () => {
    const d = await api();
    const row = d.rows.find((r) => r.unit === '龙泉乡');
    const top = row && highestReuse(row);
    expect(top?.source).toBe('马场乡');
    const page = await h().page();
    await page.goto(`${h().url}${VIEW}`);
    await page.click('tr[data-unit="龙泉乡"] [data-testid=reuse-link]');
    await page.waitForSelector('[data-view=reuse] .reuse-text mark.shared');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/reuse');
    const pair = await h().get<ReuseComparison>(
      `/api/reports/${url.searchParams.get('report')}/reuse?against=${url.searchParams.get('against')}`,
    );
    expect([pair.report.unit, pair.against.unit]).toEqual(['龙泉乡', '马场乡']);
    await page.waitForFunction(() => document.querySelectorAll('.reuse-side .reuse-text').length === 2);
    for (const side of [pair.report, pair.against]) {
      const box = `.reuse-side[data-side="${side.reportId}"]`;
      expect(side.passages.length).toBeGreaterThan(0);
      expect(await page.textContent(`${box} [data-testid=reuse-share]`)).toContain(formatShare(side.share));
      const marked = await texts(page, `${box} mark.shared`);
      expect(marked.length).toBe(side.passages.length);
      expect(marked.join('')).toBe(side.passages.map((p) => p.text.trim()).join(''));
    }
    await screenshot(page, 'reuse');
  });

  test('at 390×844 neither the view nor the comparison scrolls sideways, and the two texts stack', async () => {
    const d = await api();
    const row = d.rows.find((r) => r.unit === '龙泉乡');
    const top = row && highestReuse(row);
    const page = await h().page({ width: 390, height: 844 });
    await page.goto(`${h().url}${VIEW}`);
    await page.waitForSelector('table.compliance-table');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'compliance-390');
    await page.goto(`${h().url}/reuse?report=${row?.reportId}&against=${top?.against}`);
    await page.waitForFunction(() => document.querySelectorAll('.reuse-side .reuse-text').length === 2);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const [first, second] = await page.$$eval('.reuse-side', (els) =>
      els.map((e) => e.getBoundingClientRect().toJSON()),
    );
    expect(second.top).toBeGreaterThanOrEqual(first.bottom);
  });

  test('an editor records the real 报送日期 of a late report, and it is on time from then on', async () => {
    const late = (await api()).rows.find((r) => r.onTime === false);
    if (!late) throw new Error('the sample county has no late report in 2024');
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}${VIEW}`);
    const row = `table.compliance-table tbody tr[data-unit="${late.unit}"]`;
    await page.waitForSelector(row);
    await page.click(`${row} .submission-edit summary`);
    await page.fill(`${row} input[name=receivedOn]`, '2025-02-27');
    await page.fill(`${row} input[name=reason]`, '以收文登记为准');
    await page.click(`${row} .submission-edit button[type=submit]`);
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} [data-testid=timeliness]`)?.textContent?.trim() === '按时',
      row,
    );
    const after = (await api()).rows.find((r) => r.unitId === late.unitId);
    expect(after).toMatchObject({ received: '2025-02-27', receivedSet: true, onTime: true, daysLate: 0 });
    const log = await h().get<{ entries: { entity: string; reason: string | null }[] }>(
      '/api/audit?entity=submission',
    );
    expect(log.entries[0]).toMatchObject({ entity: 'submission', reason: '以收文登记为准' });
  });

  test('an administrator moves the year’s deadline and who is late follows', async () => {
    const page = await h().page();
    await h().signIn(page, 'admin');
    await page.goto(`${h().url}${VIEW}`);
    await page.waitForSelector('table.compliance-table');
    await page.click('.deadline-edit summary');
    await page.fill('input[name=reportBy]', '2025-03-31');
    await page.fill('input[name=publishBy]', '2025-04-30');
    await page.click('.deadline-edit button[type=submit]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=deadlines]')?.textContent?.includes('2025-03-31'),
    );
    const d = await api();
    expect(d.deadlines).toMatchObject({ reportBy: '2025-03-31', publishBy: '2025-04-30', custom: true });
    expect(
      d.rows.filter((r) => r.received !== null && r.received <= '2025-03-31').every((r) => r.onTime),
    ).toBe(true);
  });

  test('the 通报 downloads from the view and reads back with a row per unit in the office’s columns', async () => {
    const d = await api();
    const page = await h().page();
    await page.goto(`${h().url}${VIEW}`);
    await page.waitForSelector('table.compliance-table');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-compliance]'),
    ]);
    expect(download.suggestedFilename()).toBe('示例县2024年度法治政府建设报告报送情况通报.xlsx');
    const sheet = await readSheet(readFileSync(await download.path()));
    const header = (sheet[2] ?? []).map(String);
    for (const column of ['单位', '报送日期', '是否按时', '缺少部分', '是否公开', '重复率（%）'])
      expect(header).toContain(column);
    const rows = sheet.slice(3);
    expect(rows.map((r) => r[header.indexOf('单位')])).toEqual(d.rows.map((r) => r.unit));
    expect(rows.map((r) => r[header.indexOf('是否按时')])).toEqual(d.rows.map((r) => timeliness(r).text));
  });
});

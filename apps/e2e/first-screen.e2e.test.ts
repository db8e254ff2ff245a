import type { Overview, Regions } from '@fazhi/contract';
import { formatNumber } from '@fazhi/web/testing';
import { describe, expect, test } from 'vitest';
import { chartDrawn, screenshot, texts, useHarness } from './harness.ts';

const h = useHarness({ openReading: false });

describe('the first screen after signing in', () => {
  test('opens on the county with the most reports and shows the focus chart with its figures', async () => {
    const { regions } = await h().get<Regions>('/api/regions');
    const counties = regions.filter((r) => r.level === 'county');
    const total = (c: (typeof counties)[number]) => c.reports.reduce((a, r) => a + r.count, 0);
    const fullest = [...counties].sort((a, b) => total(b) - total(a))[0];
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/`);
    await chartDrawn(page, '重点指标本年与上年对比图');
    const url = new URL(page.url());
    expect(url.searchParams.get('county')).toBe(fullest?.name);
    const year = Number(url.searchParams.get('year'));
    expect(fullest?.reports.map((r) => r.year)).toContain(year);

    const o = await h().get<Overview>(
      `/api/overview?county=${encodeURIComponent(fullest?.name ?? '')}&year=${year}`,
    );
    const drawn = o.groups.flatMap((g) => g.headlines.slice(0, 1)).filter((hl) => hl.change);
    expect(drawn.length).toBeGreaterThan(0);
    await page.click('[data-table-of="重点指标本年与上年对比图"] summary');
    const rows = await page.$$eval('[data-table-of="重点指标本年与上年对比图"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())),
    );
    expect(rows).toEqual(
      drawn.map((hl) => [
        hl.indicator.label,
        `${hl.measure === 'sum' ? '合计' : '中位数'}，${hl.change?.units}个单位`,
        `${formatNumber(hl.change?.previous ?? 0)}${hl.indicator.unit}`,
        `${formatNumber(hl.change?.current ?? 0)}${hl.indicator.unit}`,
      ]),
    );
    await screenshot(page, 'first-screen');
  });

  test('remembers the county and year chosen last', async () => {
    const page = await h().page();
    await h().signIn(page, 'viewer');
    await page.goto(`${h().url}/`);
    await page.waitForSelector('[data-view=overview]');
    await page.selectOption('select[aria-label=县区]', '沈丘县');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2023');
    await page.goto(`${h().url}/ranking`);
    await page.waitForSelector('[data-view=ranking]');
    const url = new URL(page.url());
    expect([url.searchParams.get('county'), url.searchParams.get('year')]).toEqual(['沈丘县', '2023']);
  });

  test('a year without reports says what is missing and where to add it', async () => {
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/?county=${encodeURIComponent('示例县')}&year=2031`);
    await page.waitForSelector('[data-testid=empty-year]');
    const [said] = await texts(page, '[data-testid=empty-year]');
    expect(said).toBe('2031 年度尚未收到任何报告。可在“上传”页导入该年度的报告。');
    expect(await page.getAttribute('[data-testid=empty-year] a', 'href')).toBe('/upload');
  });
});

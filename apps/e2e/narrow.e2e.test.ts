import type { Comparison, UnitProfile } from '@fazhi/contract';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chartDrawn, screenshot, useHarness } from './harness.ts';

const C = encodeURIComponent('示例县');
const h = useHarness();

/** Every view a signed-in administrator can open, by the name its screenshot carries. */
async function views(): Promise<[string, string, string][]> {
  const cmp = await h().get<Comparison>(`/api/compare?county=${C}`);
  const unit = cmp.units.find((u) => u.name === '白马镇');
  const p = await h().get<UnitProfile>(`/api/units/${unit?.id}`);
  const report = p.reports.at(-1);
  return [
    ['overview', `/?county=${C}&year=2023`, '[data-view=overview] .headline'],
    ['compare', `/compare?county=${C}&year=2023`, '[data-chart="本年与上年对比柱状图"][data-drawn=true]'],
    ['ranking', `/ranking?county=${C}&year=2023`, 'table.ranking-table'],
    ['briefing', `/briefing?county=${C}&year=2023`, '[data-view=briefing] .sheet'],
    ['completeness', `/completeness?county=${C}`, 'table.completeness-table'],
    ['compliance', `/compliance?county=${C}&year=2024`, 'table.compliance-table'],
    ['unit', `/units/${unit?.id}`, 'table.unit-table'],
    ['report', `/reports/${report?.id}`, '[data-view=report] .report-text'],
    ['review', `/review?county=${C}`, '[data-view=review] .report-text'],
    ['upload', '/upload', '[data-view=upload]'],
    ['audit', '/audit', '[data-view=audit]'],
    ['accounts', '/accounts', '[data-view=accounts] table'],
  ];
}

const sideways = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

describe('phones and narrow windows', () => {
  test.each([
    [390, 844],
    [768, 1024],
    [360, 740],
    [1366, 768],
  ])('no view scrolls sideways at %i×%i', async (width, height) => {
    const page = await h().page({ width, height });
    await h().signIn(page, 'admin');
    for (const [name, path, ready] of await views()) {
      await page.goto(`${h().url}${path}`);
      await page.waitForSelector(ready);
      const { scrollWidth, innerWidth } = await sideways(page);
      expect(scrollWidth, `${name} at ${width}px`).toBeLessThanOrEqual(innerWidth);
      if (width === 390) await screenshot(page, `${name}-390`);
      // the other views' 1366×768 screenshots are taken by views.e2e.test.ts
      if (width === 1366 && name === 'accounts') await screenshot(page, 'accounts');
    }
  });

  test('the sign-in page fits a phone too', async () => {
    const page = await h().page({ width: 360, height: 740 });
    await page.goto(`${h().url}/login`);
    await page.waitForSelector('[data-view=login] input[name=username]');
    const { scrollWidth, innerWidth } = await sideways(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  test('on a phone the views fold into a menu that opens, leads to a view and closes again', async () => {
    const page = await h().page({ width: 390, height: 844 });
    await page.goto(`${h().url}/?county=${C}&year=2023`);
    await page.waitForSelector('[data-view=overview] .headline');
    expect(await page.isVisible('#views-menu')).toBe(false);
    expect(await page.isVisible('select[aria-label=县区]')).toBe(true);
    expect(await page.isVisible('select[aria-label=年度]')).toBe(true);
    await page.click('.menu-button');
    expect(await page.getAttribute('.menu-button', 'aria-expanded')).toBe('true');
    await page.click('#views-menu >> text=排名');
    await page.waitForSelector('table.ranking-table');
    expect(await page.isVisible('#views-menu')).toBe(false);
    expect(await page.textContent('.menu-button')).toContain('排名');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2023');
  });

  test('a wide table scrolls inside its own box with the unit column kept in view', async () => {
    const page = await h().page({ width: 390, height: 844 });
    await page.goto(`${h().url}/ranking?county=${C}&year=2023`);
    await page.waitForSelector('table.ranking-table');
    const box = await page.$eval('.table-wrap', (el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(box.scroll).toBeGreaterThan(box.client);
    await page.$eval('.table-wrap', (el) => {
      el.scrollLeft = 200;
    });
    const unitLeft = await page.$eval(
      'table.ranking-table tbody th[scope=row]',
      (el) => el.getBoundingClientRect().left,
    );
    const wrapLeft = await page.$eval('.table-wrap', (el) => el.getBoundingClientRect().left);
    expect(Math.abs(unitLeft - wrapLeft)).toBeLessThan(2);
  });

  test('the report text reads at full width with the figures listed below it', async () => {
    const page = await h().page({ width: 390, height: 844 });
    const [, path] = (await views()).find(([name]) => name === 'report') ?? ['', ''];
    await page.goto(`${h().url}${path}`);
    await page.waitForSelector('.report-text');
    const text = await page.$eval('.report-text', (el) => el.getBoundingClientRect());
    const list = await page.$eval('.fact-list', (el) => el.getBoundingClientRect());
    expect(text.width).toBeGreaterThan(340);
    expect(list.top).toBeGreaterThanOrEqual(text.bottom);
  });

  test('the 总览 chart draws at phone width', async () => {
    const page = await h().page({ width: 390, height: 844 });
    await page.goto(`${h().url}/?county=${C}&year=2023`);
    await chartDrawn(page, '重点指标本年与上年对比图');
  });
});

import type { Ranking } from '@fazhi/contract';
import { renameUnit } from '@fazhi/db';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chartDrawn, useHarness } from './harness.ts';

const C = encodeURIComponent('示例县');
const h = useHarness();
// a unit name as a crafted report could once carry it into the database
const HOSTILE = '<img src=x onerror="window.__xss=1">镇';

/** The chart's tooltip box (ECharts appends it to the chart's container) once it shows `text`. */
async function tooltipOf(page: Page, chart: string, text: string) {
  const tip = page.locator(`[data-chart="${chart}"] > div`).filter({ hasText: text }).last();
  await tip.waitFor({ state: 'visible' });
  return tip;
}

describe('tooltips built from data show names as text, never as markup', () => {
  test('ranking and heatmap tooltips show a unit name with markup literally', async () => {
    const r = await h().get<Ranking>(`/api/ranking?county=${C}&indicator=pub.events&year=2024`);
    const top = r.rows[0];
    if (!top) throw new Error('empty ranking');
    await renameUnit(h().store.db, top.unit.id, HOSTILE, '测试');

    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${C}&year=2024&indicator=pub.events`);
    await chartDrawn(page, '排名柱状图');
    const box = await page.locator('[data-chart="排名柱状图"]').boundingBox();
    if (!box) throw new Error('no chart');
    const shown = r.rows.filter((x) => x.value !== null).length;
    // the top bar: the grid is 40px from the top and 24px from the bottom (see toRankingBarOption); the
    // bar of the largest value reaches past the middle of the chart
    await page.mouse.move(box.x + box.width * 0.6, box.y + 40 + (box.height - 64) / shown / 2);
    const tip = await tooltipOf(page, '排名柱状图', '点击查看原文');
    expect(await tip.textContent()).toContain(HOSTILE);
    expect(await tip.locator('img').count()).toBe(0);

    await page.goto(`${h().url}/compare?county=${C}&year=2024&indicators=pub.events,pub.reach`);
    await chartDrawn(page, '单位与指标热力图');
    const heat = await page.locator('[data-chart="单位与指标热力图"]').boundingBox();
    if (!heat) throw new Error('no heatmap');
    const names = await page.$$eval('table.change-table tbody tr th', (ths) =>
      ths.map((t) => t.textContent ?? ''),
    );
    const row = names.findIndex((n) => n.includes('onerror'));
    expect(row).toBeGreaterThanOrEqual(0);
    // grid: left 96, right 16, top 8, bottom 64 (see toHeatmapOption); column 0 is pub.events
    const cellH = (heat.height - 72) / names.length;
    await page.mouse.move(heat.x + 96 + (heat.width - 112) / 4, heat.y + 8 + cellH * (row + 0.5));
    const heatTip = await tooltipOf(page, '单位与指标热力图', '·');
    expect(await heatTip.textContent()).toContain(HOSTILE);
    expect(await heatTip.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });
});

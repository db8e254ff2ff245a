import type { Ranking, ReportDetail } from '@fazhi/contract';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chartDrawn, texts, useHarness } from './harness.ts';

const C = encodeURIComponent('示例县');
const h = useHarness();

/** The report opened at a figure: the focused evidence is the fact's own text, on screen, in its sentence. */
async function expectOpenedAt(page: Page, factIds: number[]) {
  await page.waitForURL(/\/reports\/\d+\?facts=/);
  await page.waitForSelector('mark.fact.focus');
  const reportId = Number(/\/reports\/(\d+)/.exec(page.url())?.[1]);
  const d = await h().get<ReportDetail>(`/api/reports/${reportId}`);
  const fact = d.facts.find((f) => f.id === factIds[0]);
  expect(fact).toBeDefined();
  const evidence = d.report.text.slice(fact?.spanStart ?? 0, fact?.spanEnd ?? 0);
  expect((await texts(page, 'mark.fact.focus')).join('')).toContain(evidence);
  const sentence = (await texts(page, '.sentence')).join('');
  expect(sentence).toContain(evidence);
  const box = await page.$eval('mark.fact.focus', (m) => {
    const r = m.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.height);
}

describe('every number opens the sentence it came from', () => {
  test('clicking the top bar of the ranking chart opens its report at the evidence sentence', async () => {
    const r = await h().get<Ranking>(`/api/ranking?county=${C}&indicator=pub.events&year=2024`);
    const top = r.rows[0];
    expect(top?.factIds.length).toBeGreaterThan(0);
    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${C}&year=2024&indicator=pub.events`);
    await chartDrawn(page, '排名柱状图');
    const chart = await page.$('[data-chart="排名柱状图"]');
    const box = await chart?.boundingBox();
    if (!box) throw new Error('no chart');
    const shown = r.rows.filter((x) => x.value !== null).length;
    // the chart's grid: 40px from the top, 24px from the bottom, 96px on the left (see toRankingBarOption)
    const band = (box.height - 64) / shown;
    await page.mouse.click(box.x + 96 + 6, box.y + 40 + band / 2);
    await expectOpenedAt(page, top?.factIds ?? []);
  });

  test('clicking a heatmap cell on the compare view opens that figure’s sentence', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/compare?county=${C}&year=2024&indicators=pub.events,pub.reach`);
    await chartDrawn(page, '单位与指标热力图');
    const box = await (await page.$('[data-chart="单位与指标热力图"]'))?.boundingBox();
    if (!box) throw new Error('no chart');
    const rows = await texts(page, 'table.change-table tbody tr th');
    const cells = await page.$$eval('table.change-table tbody tr', (trs) =>
      trs.map((tr) => tr.querySelector('td a')?.getAttribute('href') ?? null),
    );
    const y = cells.findIndex((c) => c !== null);
    const ids = (cells[y] ?? '').split('facts=')[1]?.split(',').map(Number) ?? [];
    // grid: left 96, right 16, top 8, bottom 64 (see toHeatmapOption); column 0 is pub.events
    const cellW = (box.width - 112) / 2;
    const cellH = (box.height - 72) / rows.length;
    await page.mouse.click(box.x + 96 + cellW / 2, box.y + 8 + cellH * (y + 0.5));
    await expectOpenedAt(page, ids);
  });

  test('clicking a figure in a table or a card opens its sentence too', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/?county=${C}&year=2024`);
    const link = await page.waitForSelector('.headline-leaders a.evidence');
    const ids = ((await link.getAttribute('href')) ?? '').split('facts=')[1]?.split(',').map(Number) ?? [];
    await link.click();
    await expectOpenedAt(page, ids);
  });

  test('a link to a fact that does not exist says so', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/evidence?facts=999999`);
    await page.waitForSelector('.state.error');
    expect(await page.textContent('.state.error')).toContain('999999');
    h().errors.splice(0); // the browser logs the 404 of the API call itself
  });

  test('a view of a county that does not exist says so instead of showing empty figures', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${encodeURIComponent('无此县')}`);
    await page.waitForSelector('.state.error');
    expect(await page.textContent('.state.error')).toContain('没有名为“无此县”的县区');
    expect(await page.$('table.ranking-table')).toBeNull();
    h().errors.splice(0); // the browser logs the API's 404 answers themselves
  });
});

import type { Ranking, ReportDetail } from '@fazhi/contract';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useHarness } from './harness.ts';

// Open reading, so an anonymous visitor reads the same pages an editor corrects from.
const h = useHarness({ openReading: true });
const C = encodeURIComponent('示例县');
const RANKING = `/ranking?county=${C}&year=2023&indicator=pub.events`;
const LINK = 'a[aria-label=更正此数字]';

const ranking = () => h().get<Ranking>(`/api/ranking?county=${C}&year=2023&indicator=pub.events`);

/** The review panel opened on this exact figure, its sentence highlighted. */
async function expectReviewOf(page: Page, factId: number) {
  await page.waitForURL((u) => u.pathname === '/review');
  expect(new URL(page.url()).searchParams.get('fact')).toBe(String(factId));
  await page.waitForSelector(`[data-testid=decision][data-fact-id="${factId}"]`);
  await page.waitForSelector('mark.fact.focus');
  const marked = await page.getAttribute('mark.fact.focus', 'data-fact-ids');
  expect(marked?.split(',').map(Number)).toContain(factId);
}

describe('更正此数字 opens that exact figure for review, for editors only', () => {
  test('in the report view every figure has it, and each opens its own figure', async () => {
    const rows = (await ranking()).rows.filter((r) => r.factIds.length > 0);
    const fact = await h().get<{ fact: { reportId: number } }>(`/api/facts/${rows[0]?.factIds[0]}`);
    const report = await h().get<ReportDetail>(`/api/reports/${fact.fact.reportId}`);
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/reports/${report.report.id}`);
    await page.waitForSelector('.fact-list li');
    const linked = await page.$$eval(`.fact-list li ${LINK}`, (as) =>
      as.map((a) => Number(a.getAttribute('data-fact-id'))),
    );
    expect(linked).toEqual(
      [...report.facts].sort((a, b) => (a.spanStart ?? 1e9) - (b.spanStart ?? 1e9)).map((f) => f.id),
    );
    // not the first: the link must open the figure it stands beside
    const target = report.facts.find(
      (f) => f.status !== 'rejected' && f.spanStart !== null && f.id !== linked[0],
    );
    if (!target) throw new Error('report with one figure');
    await page.click(`.fact-list li[data-fact-id="${target.id}"] ${LINK}`);
    await expectReviewOf(page, target.id);
  });

  test('in the ranking each figure has it; it opens the figure the value rests on (the first, when several)', async () => {
    const r = await ranking();
    const row = r.rows.find((x) => x.factIds.length > 0 && x.unit.name !== r.rows[0]?.unit.name);
    if (!row) throw new Error('ranking without figures');
    const page = await h().page();
    await h().signIn(page, 'admin');
    await page.goto(`${h().url}${RANKING}`);
    await page.waitForSelector('table.ranking-table');
    const withFigures = r.rows.filter((x) => x.factIds.length > 0).length;
    const withLastYear = r.rows.filter((x) => (x.previous?.factIds.length ?? 0) > 0).length;
    expect(await page.$$(`table.ranking-table ${LINK}`)).toHaveLength(withFigures + withLastYear);
    const value = page
      .locator('table.ranking-table tbody tr', { hasText: row.unit.name })
      .locator('td.num')
      .first();
    expect(await value.locator(LINK).getAttribute('href')).toBe(`/review?county=${C}&fact=${row.factIds[0]}`);
    await value.locator(LINK).click();
    await expectReviewOf(page, row.factIds[0] ?? 0);
    expect(new URL(page.url()).searchParams.get('county')).toBe('示例县');
  });

  test('a viewer and an anonymous reader see the figures but no 更正此数字', async () => {
    const r = await ranking();
    const fact = await h().get<{ fact: { reportId: number } }>(`/api/facts/${r.rows[0]?.factIds[0]}`);
    const anonymous = await h().page();
    const viewer = await h().page();
    await h().signIn(viewer, 'viewer');
    for (const page of [anonymous, viewer]) {
      await page.goto(`${h().url}${RANKING}`);
      await page.waitForSelector('table.ranking-table a.evidence');
      expect(await page.$$(LINK)).toHaveLength(0);
      await page.goto(`${h().url}/reports/${fact.fact.reportId}`);
      await page.waitForSelector('.fact-list li');
      expect(await page.$$(LINK)).toHaveLength(0);
    }
  });
});

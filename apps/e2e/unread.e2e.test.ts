import type { Ranking, ReportDetail, ReviewQueue } from '@fazhi/contract';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot, texts, useHarness } from './harness.ts';

const h = useHarness({ openReading: false });
const COUNTY = encodeURIComponent('沈丘县');
const RANKING = `county=${COUNTY}&indicator=enforce.penalties&year=2023&group=towns`;

/** Every write the page sends about facts, from now on. */
function writesOf(page: Page) {
  const seen: { method: string; path: string; body: unknown }[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.method() !== 'GET' && path.startsWith('/api/facts'))
      seen.push({ method: r.method(), path, body: r.postDataJSON() });
  });
  return seen;
}

const rankingRowOf = async (unit: string) =>
  (await h().get<Ranking>(`/api/ranking?${RANKING}`)).rows.find((r) => r.unit.name === unit);

describe('未识别的数字', () => {
  test('marked in the report view, added as a fact from the review view with A, then counted in the ranking', async () => {
    // 邢庄镇's seed report tells of 36处违建 pulled down: a figure no rule reads
    const queue = await h().get<ReviewQueue>(`/api/review?county=${COUNTY}&limit=200`);
    const entry = queue.unread.items.find((i) => i.figure.evidence.includes('36处违建'));
    if (!entry) throw new Error('the seed report’s 36处 is not offered');
    const { figure, report } = entry;
    expect(await rankingRowOf('邢庄镇')).toMatchObject({ state: 'not_mentioned', value: null });
    const detail = await h().get<ReportDetail>(`/api/reports/${report.id}`);

    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/reports/${report.id}?unread=${figure.id}`);
    const mark = page.locator(`mark.unread[data-unread-ids="${figure.id}"]`);
    await mark.waitFor();
    expect(await mark.textContent()).toBe('36处');
    expect(await mark.getAttribute('data-focus')).toBe('true');
    expect(await texts(page, `sup.unread-tag[data-unread-id="${figure.id}"]`)).toEqual(['未识别的数字']);
    // marked apart from the facts, which it is not one of
    expect(await page.$(`mark.fact mark.unread[data-unread-ids="${figure.id}"]`)).toBeNull();
    expect(await page.textContent('.fact-list h2')).toBe(`提取的指标（${detail.facts.length}）`);
    expect(await page.textContent('.unread-list h2')).toBe(`未识别的数字（${detail.unread.length}）`);
    await screenshot(page, 'report-unread', { fullPage: false });

    // 补录为指标 opens it in 审核; A opens the indicator picker with the figure filled in; Enter saves
    await page.click(`.unread-list a[data-unread-id="${figure.id}"]`);
    await page.waitForSelector(`[data-testid=unread-decision][data-unread-id="${figure.id}"]`);
    expect(await page.textContent('[data-testid=unread-value]')).toBe('36处');
    await page.waitForSelector(`mark.unread.focus[data-unread-ids="${figure.id}"]`);
    const writes = writesOf(page);
    await page.keyboard.press('a');
    const picker = 'form[data-mode=unread] select[aria-label=补录为指标]';
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), picker)).toBe(
      true,
    );
    expect(await page.inputValue('form[data-mode=unread] input[name=added-value]')).toBe('36');
    await page.selectOption(picker, 'enforce.penalties');
    await screenshot(page, 'review-unread', { fullPage: false });
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.keyboard.press('Enter');
    expect((await answer).status()).toBe(201);
    expect(writes).toEqual([
      {
        method: 'POST',
        path: '/api/facts',
        body: {
          reportId: report.id,
          key: 'enforce.penalties',
          year: 2023,
          value: 36,
          qualifier: 'exact',
          evidence: figure.evidence,
          spanStart: figure.spanStart,
          spanEnd: figure.spanEnd,
        },
      },
    ]);
    await page.waitForSelector('.state-inline.saved');
    expect(await page.textContent('.state-inline.saved')).toContain('已补录');

    // a fact now, no longer offered
    const after = await h().get<ReportDetail>(`/api/reports/${report.id}`);
    expect(after.unread.some((u) => u.id === figure.id)).toBe(false);
    expect(after.facts.filter((f) => f.status === 'added')).toMatchObject([
      { key: 'enforce.penalties', value: 36, evidence: figure.evidence },
    ]);
    const offered = await h().get<ReviewQueue>(`/api/review?county=${COUNTY}&limit=200`);
    expect(offered.unread.items.some((i) => i.figure.id === figure.id)).toBe(false);

    // and it counts: the ranking shows 邢庄镇 with 36
    expect(await rankingRowOf('邢庄镇')).toMatchObject({ state: 'value', value: 36 });
    await page.goto(`${h().url}/ranking?${RANKING}`);
    await page.waitForSelector('table.ranking-table');
    const cell = await page.$$eval(
      'table.ranking-table tbody tr',
      (trs) =>
        trs.find((tr) => tr.querySelector('th')?.textContent?.trim() === '邢庄镇')?.children[2]
          ?.textContent ?? '',
    );
    expect(cell).toContain('36');
    expect(cell).not.toContain('未提及');
  });

  test.each([
    ['a link with no number', 'abc', '链接中的未识别数字编号无效'],
    [
      'a figure not in the queue (already added, or no such figure)',
      '987654',
      '未识别的数字 987654 已补录为指标，或不在当前队列中',
    ],
  ])('%s says so in Chinese, and shows no figure', async (_, id, message) => {
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/review?county=${COUNTY}&unread=${id}`);
    await page.waitForSelector('.state.error, .state.empty');
    expect(await page.textContent('.state.error, .state.empty')).toContain(message);
    expect(await page.$('[data-testid=unread-decision]')).toBeNull();
  });
});

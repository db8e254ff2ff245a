import type { FactDetail, ReportDetail, ReviewQueue } from '@fazhi/contract';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot, useHarness } from './harness.ts';

const h = useHarness({ openReading: false });
const C = encodeURIComponent('示例县');

/** The name of the field the cursor is in, or the tag of whatever has focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.name : el?.tagName;
  });

/** The figure the review panel shows, and the sentence highlighted beside it. */
const shownFact = async (page: Page) => ({
  panel: Number(await page.getAttribute('[data-testid=decision]', 'data-fact-id')),
  marked: (await page.getAttribute('mark.fact.focus', 'data-fact-ids'))?.split(',').map(Number) ?? [],
});

/** Every write the page sends about facts, in order, from now on. */
function writesOf(page: Page) {
  const seen: { method: string; path: string; body: unknown }[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.method() !== 'GET' && path.startsWith('/api/facts')) {
      seen.push({ method: r.method(), path, body: r.postDataJSON() });
    }
  });
  return seen;
}

const queueOf = (query: string) => h().get<ReviewQueue>(`/api/review?county=${C}&limit=200${query}`);

async function openReview(page: Page, query: string) {
  await page.goto(`${h().url}/review?county=${C}${query}`);
  await page.waitForSelector('[data-testid=decision]');
  await page.waitForSelector('mark.fact.focus');
}

describe('review keys', () => {
  test('C puts the cursor in the value box; the typed value and Enter save a correction, not a confirmation', async () => {
    const item = (await queueOf('')).items[1];
    if (!item) throw new Error('queue too short');
    const typed = item.fact.value + 5;
    const page = await h().page();
    await h().signIn(page, 'editor');
    await openReview(page, `&fact=${item.fact.id}`);
    const writes = writesOf(page);
    await page.keyboard.press('c');
    expect(await focused(page)).toBe('value');
    // the old figure is selected, so typing replaces it
    await page.keyboard.type(String(typed));
    await page.keyboard.press('Enter');
    // a correction needs its reason: Enter with none moves the cursor there and saves nothing
    expect(await focused(page)).toBe('reason');
    await screenshot(page, 'review-correct', { fullPage: false });
    expect((await h().get<FactDetail>(`/api/facts/${item.fact.id}`)).fact.status).toBe('auto');
    await page.keyboard.type('台账核实');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('fact') !== String(item.fact.id));
    const saved = await h().get<FactDetail>(`/api/facts/${item.fact.id}`);
    expect(saved.fact).toMatchObject({ status: 'corrected', value: typed });
    expect(saved.audit.map((a) => [a.action, a.reason])).toEqual([['correct', '台账核实']]);
    expect(writes).toEqual([
      {
        method: 'PATCH',
        path: `/api/facts/${item.fact.id}`,
        body: { action: 'correct', value: typed, qualifier: item.fact.qualifier, reason: '台账核实' },
      },
    ]);
  });

  test('Y typed in a form is a letter; Esc closes the form; Y then confirms the figure shown', async () => {
    const item = (await queueOf('')).items[2];
    if (!item) throw new Error('queue too short');
    const page = await h().page();
    await h().signIn(page, 'editor');
    await openReview(page, `&fact=${item.fact.id}`);
    const writes = writesOf(page);
    await page.keyboard.press('r');
    expect(await focused(page)).toBe('reason');
    await page.keyboard.type('yy');
    expect(await page.inputValue('input[name=reason]')).toBe('yy');
    await page.keyboard.press('Escape');
    expect(await page.$('form.decision-form')).toBeNull();
    // Enter outside a form is no shortcut: the one write below is Y's (a write from Enter would come first)
    await page.keyboard.press('Enter');
    const answer = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await page.keyboard.press('y');
    expect((await answer).status()).toBe(200);
    expect(writes).toEqual([
      { method: 'PATCH', path: `/api/facts/${item.fact.id}`, body: { action: 'confirm' } },
    ]);
    await page.waitForURL((u) => u.searchParams.get('fact') !== String(item.fact.id));
    const saved = await h().get<FactDetail>(`/api/facts/${item.fact.id}`);
    expect(saved.fact).toMatchObject({ status: 'confirmed', value: item.fact.value });
    expect(saved.audit.map((a) => a.action)).toEqual(['confirm']);
  });
  test('A with a sentence selected: Enter saves the addition with its reason; the figure shown stays undecided', async () => {
    const item = (await queueOf('')).items[3];
    if (!item) throw new Error('queue too short');
    const page = await h().page();
    await h().signIn(page, 'editor');
    await openReview(page, `&fact=${item.fact.id}`);
    const sentence = await page.evaluate(() => {
      const mark = document.querySelector('mark.fact.focus');
      const range = document.createRange();
      if (mark) range.selectNodeContents(mark);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return mark?.textContent ?? '';
    });
    await page.keyboard.press('a');
    expect(await page.inputValue('input[name=evidence]')).toBe(sentence);
    await page.fill('input[name=added-value]', '12');
    await page.fill('input[name=reason]', '原文另有一处');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.state-inline.saved');
    expect(new URL(page.url()).searchParams.get('fact')).toBe(String(item.fact.id));
    const report = await h().get<ReportDetail>(`/api/reports/${item.report.id}`);
    const added = report.facts.filter((f) => f.status === 'added');
    expect(added).toMatchObject([{ key: item.fact.key, value: 12, evidence: sentence }]);
    const history = await h().get<FactDetail>(`/api/facts/${added[0]?.id}`);
    expect(history.audit.map((a) => [a.action, a.reason])).toEqual([['add', '原文另有一处']]);
    expect((await h().get<FactDetail>(`/api/facts/${item.fact.id}`)).fact.status).toBe('auto');
  });
});

describe('/review?fact=N opens exactly figure N', () => {
  test('far down the queue, of another county, already decided: each opens as itself', async () => {
    const deep = (await queueOf('')).items[150];
    const elsewhere = (await h().get<ReviewQueue>(`/api/review?county=${encodeURIComponent('沈丘县')}`))
      .items[0];
    // an exact figure, so the corrected value reads 432 with no 约/余 before or after it
    const decided = (await queueOf('')).items.slice(120).find((i) => i.fact.qualifier === 'exact');
    if (!deep || !elsewhere || !decided) throw new Error('queues too short');
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.evaluate(async (id) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch(`/api/facts/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ action: 'correct', value: 432, reason: '台账核实' }),
      });
      if (!res.ok) throw new Error(`PATCH ${res.status}`);
    }, decided.fact.id);
    for (const id of [deep.fact.id, elsewhere.fact.id, decided.fact.id]) {
      await openReview(page, `&fact=${id}`);
      expect(await shownFact(page)).toEqual({ panel: id, marked: expect.arrayContaining([id]) });
    }
    expect(await page.textContent('[data-testid=current-value]')).toMatch(/^432(?!\d)/);
    expect(await page.textContent('[data-testid=fact-status]')).toContain('已更正');
    expect(await page.textContent('[data-testid=fact-history]')).toContain('台账核实');
    // the queue beside it does not pretend the figure is one of its own
    expect(await page.$('.queue li.current')).toBeNull();
  });

  test.each([
    ['a figure that does not exist', '987654', '指标事实 987654 不存在'],
    ['a link with no number', 'abc', '链接中的数字编号“abc”无效'],
  ])('%s says so in Chinese, and shows no other figure', async (_, fact, message) => {
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/review?county=${C}&fact=${fact}`);
    await page.waitForSelector('.state.error');
    expect(await page.textContent('.state.error')).toContain(message);
    expect(await page.$('[data-testid=decision]')).toBeNull();
    h().errors.splice(0); // the 404 is logged by the browser, as it should be
  });
});

describe('the queue filters by unit, indicator and year', () => {
  test('each filter goes into the URL and the queue shows what the API holds for it', async () => {
    const first = (await queueOf('')).items.find((i) => i.fact.year !== i.report.year);
    if (!first) throw new Error('no figure for another year than its report');
    const { key, year } = first.fact;
    const unit = first.report.unit;
    const page = await h().page();
    await h().signIn(page, 'editor');
    await openReview(page, '');
    const steps = [
      ['单位', String(unit.id), `&unit=${unit.id}`],
      ['指标', key, `&unit=${unit.id}&indicator=${key}`],
      ['年度', String(year), `&unit=${unit.id}&indicator=${key}&year=${year}`],
    ] as const;
    for (const [label, value, query] of steps) {
      const expected = await queueOf(query);
      await page.selectOption(`[data-testid=queue-filters] select[aria-label=${label}]`, value);
      await page.waitForFunction(
        (n) => document.querySelector('.view-head .muted')?.textContent?.includes(`待审核 ${n} 条`),
        expected.total,
      );
      const url = new URL(page.url());
      expect(url.searchParams.get('fact')).toBeNull();
      await page.waitForSelector(`[data-testid=decision][data-fact-id="${expected.items[0]?.fact.id}"]`);
      expect(await page.$$eval('.queue li', (lis) => lis.length)).toBe(Math.min(expected.items.length, 100));
    }
    expect(new URL(page.url()).search).toContain(`unit=${unit.id}&indicator=${key}&year=${year}`);
    const rows = await page.$$eval('.queue li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(rows.every((r) => r.startsWith(`${unit.name} ${year}`))).toBe(true);
  });
});

import type { FactDetail, ReviewQueue } from '@fazhi/contract';
import { describe, expect, test } from 'vitest';
import { useHarness } from './harness.ts';

const h = useHarness({ openReading: false });
const C = encodeURIComponent('示例县');

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.name : el?.tagName;
  });

describe('review keys', () => {
  test('C puts the cursor in the value box; the typed value and Enter save a correction, not a confirmation', async () => {
    const queue = await h().get<ReviewQueue>(`/api/review?county=${C}&limit=5`);
    const item = queue.items[1];
    if (!item) throw new Error('queue too short');
    const typed = item.fact.value + 5;
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/review?county=${C}&fact=${item.fact.id}`);
    await page.waitForSelector('[data-testid=decision]');
    await page.keyboard.press('c');
    expect(await focused(page)).toBe('value');
    await page.keyboard.type(String(typed));
    await page.keyboard.press('Enter');
    // a correction needs its reason: Enter with none moves the cursor there and saves nothing
    expect(await focused(page)).toBe('reason');
    await page.keyboard.type('台账核实');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('fact') !== String(item.fact.id));
    const saved = await h().get<FactDetail>(`/api/facts/${item.fact.id}`);
    expect(saved.fact).toMatchObject({ status: 'corrected', value: typed });
    expect(saved.audit.map((a) => a.action)).toEqual(['correct']);
  });
});

import type { Regions } from '@fazhi/contract';
import { expect, test } from 'vitest';
import { texts, useHarness } from './harness.ts';

// The 账户 view's region picker: counties grouped by city, the choice saved with the account and shown in
// the table, and the new account then reads only its county.
const h = useHarness({ openReading: false });

test('an admin gives a new account a county from the picker; the account then sees only that county', async () => {
  const page = await h().page();
  await h().signIn(page, 'admin', '王主任');
  await page.goto(`${h().url}/accounts`);
  await page.waitForSelector('[data-view=accounts] table');
  const picker = 'select[aria-label=新账户的地区]';
  await page.waitForSelector(`${picker}:not([disabled])`);
  // the whole installation first, then the cities with their counties
  expect(await page.$eval(picker, (s) => (s as HTMLSelectElement).value)).toBe('');
  const groups = await page.$$eval(`${picker} optgroup`, (gs) =>
    gs.map(
      (g) =>
        `${g.getAttribute('label')}: ${[...g.querySelectorAll('option')].map((o) => o.textContent).join('、')}`,
    ),
  );
  expect(groups).toContain('河南 周口市: 周口市（全市）、沈丘县');

  await page.getByLabel('用户名', { exact: true }).fill('shenqiu-clerk');
  await page.getByLabel('姓名', { exact: true }).fill('沈丘县编辑');
  await page.getByLabel('初始密码', { exact: true }).fill('harbor-quill-meadow-42');
  await page.selectOption(picker, { label: '沈丘县' });
  await page.click('button:has-text("新建账户")');
  await page.waitForSelector('tr:has-text("shenqiu-clerk") td[data-region="沈丘县"]');
  expect(await texts(page, '[data-view=accounts] thead th')).toContain('地区');
  expect(
    await page.$eval(
      'select[aria-label="shenqiu-clerk 的地区"]',
      (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent,
    ),
  ).toBe('沈丘县');

  const clerk = await h().page();
  await clerk.goto(`${h().url}/login`);
  await clerk.fill('input[name=username]', 'shenqiu-clerk');
  await clerk.fill('input[name=password]', 'harbor-quill-meadow-42');
  await clerk.click('button[type=submit]');
  await clerk.waitForSelector('[data-testid=signed-in]');
  const seen = await clerk.evaluate(async () => (await (await fetch('/api/regions')).json()) as Regions);
  expect(seen.regions.filter((r) => r.level === 'county').map((r) => r.name)).toEqual(['沈丘县']);
  const other = await clerk.evaluate(async () => {
    const r = await fetch(`/api/compare?county=${encodeURIComponent('示例县')}`);
    return { status: r.status, body: (await r.json()) as { message: string } };
  });
  expect(other).toEqual({
    status: 403,
    body: { error: 'forbidden_region', message: '无权访问该地区：示例县' },
  });
  // the refused fetch above is the only thing the browser logged (as a failed request)
  expect(
    h()
      .errors.splice(0)
      .filter((e) => !e.includes('403')),
  ).toEqual([]);
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Comparison, ReviewQueue } from '@fazhi/contract';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import { screenshot, texts, useHarness } from './harness.ts';

// Reading needs a sign-in here, as on a real server.
const h = useHarness({ openReading: false });
const C = encodeURIComponent('示例县');

describe('review and correction with accounts', () => {
  test('a visitor sees the sign-in page, and a viewer has no review queue', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${C}`);
    await page.waitForSelector('[data-view=login]');
    expect(await page.$('table.ranking-table')).toBeNull();
    await screenshot(page, 'login', { fullPage: false });
    await h().signIn(page, 'viewer');
    expect(await texts(page, 'nav.tabs a')).toEqual(['总览', '对比', '排名', '简报', '完整性', '报送与质量']);
    await page.goto(`${h().url}/review?county=${C}`);
    await page.waitForSelector('.state.error');
    expect(await page.textContent('.state.error')).toContain('没有这个页面的权限');
    h().errors.splice(0); // the visitor's first requests were answered 401, as they should
  });

  test('an admin creates an account and resets its password in a password field; the new password signs in', async () => {
    const page = await h().page();
    await h().signIn(page, 'admin', '管理员甲');
    await page.goto(`${h().url}/accounts`);
    const form = page.locator('form.controls');
    await form.locator('label:has-text("用户名") input').fill('clerk7');
    await form.locator('label:has-text("姓名") input').fill('李文书');
    await form.locator('label:has-text("初始密码") input').fill('first-password-1');
    await form.locator('button[type=submit]').click();
    const row = page.locator('tr', { has: page.locator('td', { hasText: 'clerk7' }) });
    await row.waitFor();
    await row.locator('button:has-text("重设密码")').click();
    const field = row.locator('input[type=password]');
    expect(await field.getAttribute('autocomplete')).toBe('new-password');
    await field.fill('short');
    await row.locator('button:has-text("保存")').click();
    expect(await field.evaluate((el) => (el as HTMLInputElement).validity.tooShort)).toBe(true);
    await field.fill('second-password-2');
    await row.locator('button:has-text("保存")').click();
    await row.locator('text=已重设').waitFor();

    const other = await h().page();
    await other.goto(`${h().url}/login`);
    await other.fill('input[name=username]', 'clerk7');
    await other.fill('input[name=password]', 'second-password-2');
    await other.click('button[type=submit]');
    await other.waitForSelector('[data-testid=signed-in]');
    expect(await other.textContent('[data-testid=signed-in]')).toContain('李文书');
  });

  test('a signed-in viewer exports the briefing PDF, which the server prints with the viewer’s session', async () => {
    const page = await h().page();
    await h().signIn(page, 'viewer');
    await page.goto(`${h().url}/briefing?county=${C}&year=2023&focus=recon`);
    await page.waitForSelector('[data-briefing-ready="true"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-pdf]'),
    ]);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', await download.path(), '-'], {
      encoding: 'utf8',
    });
    expect(first.replace(/\s+/g, '')).toContain('示例县2023年度法治建设主要指标简报（行政复议与应诉）');
    expect(first).not.toContain('登录');
  });

  test('an editor corrects a figure in the queue and sees it in the ranking, the .xlsx and the change log', async () => {
    // a queue item whose unit-year value rests on that one fact, so the ranking must show exactly the new figure
    const queue = await h().get<ReviewQueue>(`/api/review?county=${C}&limit=100`);
    const cmp = await h().get<Comparison>(
      `/api/compare?county=${C}&indicators=${[...new Set(queue.items.map((i) => i.fact.key))].join(',')}`,
    );
    const item = queue.items.find((i) =>
      cmp.cells.some(
        (c) =>
          c.factIds.length === 1 &&
          c.factIds[0] === i.fact.id &&
          c.unitId === i.report.unit.id &&
          c.year === i.fact.year,
      ),
    );
    if (!item) throw new Error('no queue item stands alone in its cell');
    const corrected = item.fact.value + 7;

    const page = await h().page();
    await h().signIn(page, 'editor', '张科员');
    await page.goto(`${h().url}/review?county=${C}&fact=${item.fact.id}`);
    await page.waitForSelector('mark.fact.focus');
    await screenshot(page, 'review', { fullPage: false });
    await page.keyboard.press('c');
    await page.fill('input[name=value]', String(corrected));
    await page.fill('input[name=reason]', '台账核实');
    await page.keyboard.press('Enter');
    // the next figure opens at once
    await page.waitForURL((u) => u.searchParams.get('fact') !== String(item.fact.id));
    await page.waitForSelector('mark.fact.focus');

    const group = item.report.unit.type === 'county_dept' ? 'departments' : 'towns';
    await page.goto(
      `${h().url}/ranking?county=${C}&year=${item.fact.year}&indicator=${item.fact.key}&group=${group}`,
    );
    await page.waitForSelector('table.ranking-table');
    const row = await page.$$eval(
      'table.ranking-table tbody tr',
      (trs, name) =>
        trs.find((tr) => tr.querySelector('th')?.textContent?.trim() === name)?.children[2]?.textContent ??
        '',
      item.report.unit.name,
    );
    expect(row).toContain(String(corrected));
    expect(row).toContain('✎');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-xlsx]'),
    ]);
    const rows = await readSheet(readFileSync(await download.path()));
    const header = rows[2] ?? [];
    const line = rows.find((r) => r[header.indexOf('单位')] === item.report.unit.name) ?? [];
    expect(line[header.indexOf('审核状态')]).toBe('已更正');
    expect(line.some((c) => c === corrected)).toBe(true);

    await page.click('nav.tabs a:has-text("修改记录")');
    await page.waitForSelector('[data-testid=audit-table]');
    const first = await page.$$eval('[data-testid=audit-table] tbody tr:first-child td', (tds) =>
      tds.map((td) => td.textContent?.trim() ?? ''),
    );
    expect(first[1]).toMatch(/^张科员（editor\d+）$/);
    expect(first[2]).toBe('更正');
    expect(first[3]).toContain(item.report.unit.name);
    expect(first[4]).toContain(String(item.fact.value));
    expect(first[5]).toContain(String(corrected));
    expect(first[6]).toBe('台账核实');
    await screenshot(page, 'audit');
  });

  test('confirming with Y takes the figure off the queue and moves on', async () => {
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/review?county=${C}`);
    await page.waitForSelector('[data-testid=decision]');
    const before = await h().get<ReviewQueue>(`/api/review?county=${C}&limit=1`);
    const first = before.items[0]?.fact.id;
    await page.keyboard.press('y');
    await page.waitForURL((u) => u.searchParams.get('fact') !== null);
    const after = await h().get<ReviewQueue>(`/api/review?county=${C}&limit=100`);
    expect(after.total).toBe(before.total - 1);
    expect(after.items.some((i) => i.fact.id === first)).toBe(false);
  });
});

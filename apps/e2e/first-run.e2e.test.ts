import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ServerProcess, startServer } from '@fazhi/api/testing/server';
import { chromiumPath } from '@fazhi/config';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { screenshot } from './harness.ts';

// A first start as `pnpm start` makes it: the real server process over a new database (no accounts; the
// harness would make one), the code read from what it prints, and the dashboard in Chromium.
const dir = mkdtempSync(path.join(tmpdir(), 'first-run-'));
let server: ServerProcess;
let browser: Browser;
let address = '';
let code = '';
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer({ DB_PATH: path.join(dir, 'app.db'), WEB_DIST: inject('webDist') });
  const printed = await server.printed(/在浏览器中打开 (\S+)\/setup ，输入设置码 (\S+) ，/);
  address = printed[1] ?? '';
  code = printed[2] ?? '';
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A page of a browser that never signed in here. */
async function freshPage(viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

async function fill(page: Page, values: { code: string; password?: string; confirm?: string }) {
  await page.fill('input[name=code]', values.code);
  await page.fill('input[name=username]', 'wang');
  await page.fill('input[name=displayName]', '王主任');
  await page.fill('input[name=password]', values.password ?? 'lantern-oak-river-7');
  await page.fill('input[name=confirm]', values.confirm ?? values.password ?? 'lantern-oak-river-7');
}

const hasAccounts = async () =>
  ((await (await fetch(`${server.url}/api/session`)).json()) as { hasAccounts: boolean }).hasAccounts;

describe('first run', () => {
  test('the printed code creates the first administrator on the 创建管理员 page; without it, and after it, nothing', async () => {
    expect(address).toBe(server.url);
    const page = await freshPage();
    // any page of a new installation opens on 创建管理员, not on a sign-in no one can pass
    await page.goto(`${address}/`);
    await page.waitForSelector('[data-view=setup]');
    expect(await page.textContent('h1')).toBe('创建管理员');
    await screenshot(page, 'first-run-setup');
    const phone = await freshPage({ width: 390, height: 844 });
    await phone.goto(`${address}/setup`);
    await phone.waitForSelector('[data-view=setup]');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(phone, 'first-run-setup-390');

    // without the code the form is not sent
    await fill(page, { code: '' });
    await page.click('button[type=submit]');
    expect(await page.$eval('input[name=code]', (i) => (i as HTMLInputElement).validity.valueMissing)).toBe(
      true,
    );
    // with another code the server refuses, and says where the right one is
    await fill(page, { code: 'AAAA-BBBB-CCCC' });
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    expect(await page.textContent('[role=alert]')).toContain('设置码不正确：请查看启动服务器的终端');
    // two different passwords never reach the server
    await fill(page, { code, confirm: 'lantern-oak-river-8' });
    await page.click('button[type=submit]');
    await page.waitForFunction(
      () => document.querySelector('[role=alert]')?.textContent === '两次输入的密码不一致',
    );
    expect(await hasAccounts()).toBe(false);

    // the printed code creates the administrator and signs them in
    await fill(page, { code });
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=signed-in]');
    expect(await page.textContent('[data-testid=signed-in]')).toBe('王主任（管理员）');
    expect(await page.$$eval('nav.tabs a', (as) => as.map((a) => a.textContent))).toContain('账户');
    expect(await hasAccounts()).toBe(true);

    // afterwards: the page only says it is done, a new browser gets the sign-in page, the code is refused
    await page.goto(`${address}/setup`);
    await page.waitForSelector('[data-view=setup-done]');
    const stranger = await freshPage();
    await stranger.goto(`${address}/`);
    await stranger.waitForSelector('[data-view=login]');
    await stranger.goto(`${address}/setup`);
    await stranger.waitForSelector('[data-view=setup-done]');
    expect(await stranger.textContent('h1')).toBe('首次设置已完成');
    const again = await stranger.request.post(`${address}/api/setup`, {
      data: { code, username: 'li', displayName: '李', password: 'lantern-oak-river-9' },
    });
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain('首次设置已完成');
    expect(pageErrors).toEqual([]);
  });
});

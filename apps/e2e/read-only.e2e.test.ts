import { buildApp } from '@fazhi/api';
import { testApp } from '@fazhi/api/testing';
import { chromiumPath } from '@fazhi/config';
import { openStoreReadOnly } from '@fazhi/db';
import { addAccount } from '@fazhi/service';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';

const t = await testApp({ openReading: false });
await addAccount(
  t.store.db,
  { username: 'clerk', displayName: '编辑', role: 'editor', password: 'ledger-stamp-2024' },
  '测试',
);
const reason = `数据库文件 ${t.store.file} 只读`;
const store = openStoreReadOnly(t.store.file, reason);
const app = await buildApp({
  store,
  minBase: 5,
  maxFileBytes: 1 << 20,
  webDist: inject('webDist'),
  openReading: false,
  sessionHours: 12,
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await store.close();
  await t.dispose();
});

describe('a dashboard served from a database the server can only read', () => {
  test('signs in, says it is read-only on every page, shows figures, and an upload says why it failed', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${url}/login`);
    await page.fill('input[name=username]', 'clerk');
    await page.fill('input[name=password]', 'ledger-stamp-2024');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=signed-in]');
    expect(await page.textContent('.read-only-banner')).toBe(`数据库只读：${reason}，上传和审核暂不可用`);
    await page.goto(
      `${url}/ranking?county=${encodeURIComponent('示例县')}&year=2023&indicator=pub.materials`,
    );
    await page.waitForSelector('table.ranking-table');
    expect(await page.isVisible('.read-only-banner')).toBe(true);
    await page.goto(`${url}/upload`);
    await page.setInputFiles('[data-testid=file-input]', [
      {
        name: '2024-柳林镇.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('柳林镇2024年法治政府建设工作情况报告'),
      },
    ]);
    await page.waitForSelector('.state.error');
    expect(await page.textContent('.state.error')).toBe(
      `上传失败：数据库只读：${reason}，上传、审核和维护暂不可用；请管理员处理后重启服务`,
    );
  });
});

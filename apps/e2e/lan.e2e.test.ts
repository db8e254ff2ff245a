import { describe, expect, test } from 'vitest';
import { useHarness } from './harness.ts';

// The server on an office PC, opened by colleagues over plain http by the PC's name: no https anywhere.
const h = useHarness({ hostName: 'fazhi-office-pc.lan' });

describe('opened by the server’s name on the office network, over plain http', () => {
  test('the dashboard draws, and no asset is sent to https', async () => {
    const page = await h().page();
    const failed: string[] = [];
    const https: string[] = [];
    page.on('requestfailed', (r) => {
      // ERR_ABORTED is the page cancelling a request it no longer needs, not the network refusing it
      const why = r.failure()?.errorText ?? '';
      if (why !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${why}`);
    });
    page.on('request', (r) => {
      if (r.url().startsWith('https:')) https.push(r.url());
    });
    expect(h().url).toMatch(/^http:\/\/fazhi-office-pc\.lan:\d+$/);
    await page.goto(`${h().url}/?county=${encodeURIComponent('示例县')}&year=2023`);
    await page.waitForSelector('[data-view="overview"] .headline', { timeout: 20_000 });
    expect(failed).toEqual([]);
    expect(https).toEqual([]);
    expect(await page.textContent('h1, header')).toContain('法治指标看板');
  });
});

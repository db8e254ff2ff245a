import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { testApp } from '@fazhi/api/testing';
import { chromiumPath, repoRoot } from '@fazhi/config';
import type { Store } from '@fazhi/db';
import { addAccount } from '@fazhi/service';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/** Screenshots of every view, linked from the README. */
export const SCREENSHOTS = path.join(repoRoot, 'docs', 'screenshots');

export interface Harness {
  url: string;
  browser: Browser;
  /** the database the server reads, for tests that set up data the ingest cannot make */
  store: Store;
  /** a fresh page at 1366×768 that records console errors */
  page: (viewport?: { width: number; height: number }) => Promise<Page>;
  /** errors the pages logged; a view that throws fails its test */
  errors: string[];
  get: <T>(apiPath: string) => Promise<T>;
  /** a new account of this role, signed in on the page through the login form */
  signIn: (
    page: Page,
    role: 'viewer' | 'editor' | 'admin',
    displayName?: string,
  ) => Promise<{ username: string }>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  openReading?: boolean;
  /** open the dashboard by this host name (resolved to loopback by the browser) instead of 127.0.0.1 */
  hostName?: string;
  /** PDFs the server prints or holds waiting at most */
  pdfJobs?: number;
}

/**
 * The built dashboard served by the real API over a real SQLite file built by the ingest pipeline from
 * the seed reports and the sample county, on loopback, and headless Debian Chromium.
 */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (!fonts.trim()) throw new Error('没有安装中文字体（fonts-noto-cjk），截图中的中文会显示为方框');
  const t = await testApp({
    webDist: inject('webDist'),
    openReading: opts.openReading ?? true,
    ...(opts.pdfJobs ? { pdfJobs: opts.pdfJobs } : {}),
  });
  let accounts = 0;
  const loopback = await t.app.listen({ host: '127.0.0.1', port: 0 });
  // a colleague's browser reaches the server by its name on the office network, not as localhost
  const url = opts.hostName ? loopback.replace('127.0.0.1', opts.hostName) : loopback;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...(opts.hostName ? [`--host-resolver-rules=MAP ${opts.hostName} 127.0.0.1`] : []),
    ],
  });
  const errors: string[] = [];
  mkdirSync(SCREENSHOTS, { recursive: true });
  await addAccount(
    t.store.db,
    { username: 'reader', displayName: '测试读取', role: 'editor', password: 'shelf-lamp-river-24' },
    '测试',
  );
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username: 'reader', password: 'shelf-lamp-river-24' },
  });
  const reader = `fazhi_session=${login.cookies.find((c) => c.name === 'fazhi_session')?.value ?? ''}`;
  return {
    url,
    browser,
    store: t.store,
    errors,
    page: async (viewport = { width: 1366, height: 768 }) => {
      const page = await browser.newPage({ viewport, acceptDownloads: true, locale: 'zh-CN' });
      page.on('pageerror', (e) =>
        errors.push(`${page.url()}: ${e.message} @ ${(e.stack ?? '').split('\n').slice(1, 6).join(' / ')}`),
      );
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
      });
      return page;
    },
    get: async <T>(apiPath: string) => {
      const res = await fetch(new URL(apiPath, loopback), { headers: { cookie: reader } });
      if (!res.ok) throw new Error(`${apiPath} → ${res.status}`);
      return (await res.json()) as T;
    },
    signIn: async (page, role, displayName = `测试${role}`) => {
      const username = `${role}${++accounts}`;
      const password = `secret-${Math.random().toString(36).slice(2, 10)}-2024`;
      await addAccount(t.store.db, { username, displayName, role, password }, '测试');
      await page.goto(`${url}/login`);
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', password);
      await page.click('button[type=submit]');
      await page.waitForSelector('[data-testid=signed-in]');
      return { username };
    },
    close: async () => {
      await browser.close();
      await t.dispose();
    },
  };
}

/** Waits until the chart with this label has drawn (the wrapper marks it on ECharts' `finished`). */
export async function chartDrawn(page: Page, label: string) {
  await page.waitForSelector(`[data-chart="${label}"][data-drawn="true"]`);
}

/** The whole page, or only what is on screen (the report view, to show where it scrolled to). */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: opts.fullPage ?? true });
}

/** The visible text of every element matching the selector. */
export const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));

/**
 * The harness for one test file: started before its tests, closed after; after each test, the errors the
 * pages logged must be none (a test that expects some clears them itself).
 */
export function useHarness(opts: HarnessOptions = {}): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(opts);
  });
  afterAll(() => h?.close());
  afterEach(() => {
    expect(h?.errors.splice(0)).toEqual([]);
  });
  return () => {
    if (!h) throw new Error('harness not started');
    return h;
  };
}

import { rmSync } from 'node:fs';
import { testApp } from '@fazhi/api/testing';
import { chromiumPath } from '@fazhi/config';
import { type Browser, chromium } from 'playwright-core';
import { buildDashboard } from './dashboard.ts';

// pnpm bench:web — the JS a browser downloads on first load (gzip, as sent) and the time from navigation
// to the first chart drawn on the 对比 view, median of 5 cold loads, in headless Chromium on loopback; and the
// time the server takes to print the 简报 as PDF.
const BUDGET_KB = 300;
const RUNS = 5;
const COUNTY = encodeURIComponent('示例县');

/** Milliseconds from navigation start to the first chart's `finished` (the wrapper marks it). */
async function firstChart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  // strings, not functions: tsx would wrap a function with helpers the page does not have
  await page.waitForFunction("performance.getEntriesByName('first-chart').length > 0");
  const ms = Number(await page.evaluate("performance.getEntriesByName('first-chart')[0].startTime"));
  await context.close();
  return ms;
}

async function jsOnFirstLoad(browser: Browser, url: string, waitFor: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  let bytes = 0;
  let files = 0;
  page.on('requestfinished', async (req) => {
    if (req.resourceType() !== 'script') return;
    bytes += (await req.sizes()).responseBodySize;
    files++;
  });
  await page.goto(url);
  await page.waitForSelector(waitFor);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { kb: bytes / 1024, files };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const dist = await buildDashboard();
const t = await testApp({ webDist: dist });
const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  console.log('bench:web — built app served by the API on loopback, sample county 示例县, headless Chromium');
  const views = [
    ['总览 /', `${base}/?county=${COUNTY}`, '.headline'],
    ['对比 /compare', `${base}/compare?county=${COUNTY}`, '[data-drawn="true"]'],
    ['排名 /ranking', `${base}/ranking?county=${COUNTY}`, '[data-drawn="true"]'],
    ['简报 /briefing', `${base}/briefing?county=${COUNTY}`, '[data-briefing-ready="true"]'],
  ] as const;
  for (const [name, url, sel] of views) {
    const js = await jsOnFirstLoad(browser, url, sel);
    const verdict = js.kb <= BUDGET_KB ? 'within' : 'OVER';
    console.log(
      `JS on first load, ${name.padEnd(15)} ${js.kb.toFixed(1).padStart(6)} KB gzip in ${js.files} files  (${verdict} the ${BUDGET_KB} KB budget)`,
    );
  }
  await firstChart(browser, `${base}/compare?county=${COUNTY}`); // warm-up: the server's first compare is cold
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await firstChart(browser, `${base}/compare?county=${COUNTY}`));
  console.log(
    `navigation → first chart drawn on 对比, cold browser cache: median ${median(times).toFixed(0)} ms of ${RUNS} (${times.map((x) => x.toFixed(0)).join(', ')} ms)`,
  );
  // the briefing PDF, printed by the server's own Chromium; the first one starts that browser
  const pdf = async () => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/briefing.pdf?county=${COUNTY}&year=2023`);
    const bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`简报 PDF: HTTP ${res.status}`);
    return { ms: performance.now() - t0, kb: bytes / 1024 };
  };
  const first = await pdf();
  const pdfTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) pdfTimes.push((await pdf()).ms);
  console.log(
    `简报 PDF 示例县 2023 (${first.kb.toFixed(0)} KB): first ${first.ms.toFixed(0)} ms (starts the server's Chromium), then median ${median(pdfTimes).toFixed(0)} ms of ${RUNS} (${pdfTimes.map((x) => x.toFixed(0)).join(', ')} ms)`,
  );
} finally {
  await browser.close();
  await t.dispose();
  rmSync(dist, { recursive: true, force: true });
}

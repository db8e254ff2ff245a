import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { JobLine } from './job-line.ts';

/** Why a PDF could not be made, in words for the person who asked. */
export class PrintUnavailable extends Error {}

/**
 * Prints a dashboard page to PDF in headless Chromium, exactly as the browser shows it with its print
 * stylesheet (its @page margin boxes carry the running header and page numbers). The page's requests are answered by the app itself (inject) with the asker's cookie, so the
 * PDF shows what that person may read. One page at a time: each one costs a renderer.
 */
export class PagePrinter {
  private browser: Promise<Browser> | null = null;
  private readonly line: JobLine;

  constructor(
    private readonly app: FastifyInstance,
    private readonly executablePath: string,
    /** the built dashboard's page, which is what gets printed */
    private readonly webIndex: string,
    /** PDFs printing or waiting in this process at most (PDF_JOBS); one more is refused with LineFull */
    maxJobs = 3,
  ) {
    // a one-page 简报 takes about 3.4 s (pnpm bench:web); a busy machine longer
    this.line = new JobLine(maxJobs, 5);
  }

  /** The PDF of a page; throws LineFull at once when this process already has maxJobs PDFs to make. */
  print(q: { origin: string; path: string; cookie: string | undefined; ready: string }): Promise<Buffer> {
    return this.line.run(() => this.render(q));
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b !== null) await (await b.catch(() => null))?.close();
  }

  private launch(): Promise<Browser> {
    if (!existsSync(this.webIndex)) {
      throw new PrintUnavailable('看板页面尚未构建（pnpm build），无法生成 PDF');
    }
    if (!existsSync(this.executablePath)) {
      throw new PrintUnavailable(
        `服务器上没有 Chromium（${this.executablePath}），无法生成 PDF。可安装 chromium 或设置 CHROMIUM_PATH；也可在浏览器中打开简报，按 Ctrl+P 另存为 PDF。`,
      );
    }
    if (!this.browser) {
      this.browser = chromium.launch({
        executablePath: this.executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      this.browser.then(
        (b) => b.on('disconnected', () => (this.browser = null)),
        () => (this.browser = null),
      );
    }
    return this.browser;
  }

  private async render(q: { origin: string; path: string; cookie: string | undefined; ready: string }) {
    const browser = await this.launch();
    // A4 width at 96 dpi, as a person's window would be; twice the pixels keeps the charts sharp on paper
    const context = await browser.newContext({
      viewport: { width: 794, height: 1123 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
    });
    try {
      await context.route('**/*', async (route) => {
        const req = route.request();
        const url = new URL(req.url());
        if (url.origin !== q.origin) return route.abort();
        // every page path is the same built page; read it directly (light-my-request would warn about the
        // listeners @fastify/static's stream adds to its response)
        if (req.resourceType() === 'document') {
          return route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: await readFile(this.webIndex),
          });
        }
        const res = await this.app.inject({
          method: req.method() as 'GET',
          url: url.pathname + url.search,
          headers: { ...(q.cookie ? { cookie: q.cookie } : {}), accept: req.headers().accept ?? '*/*' },
        });
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
        await route.fulfill({ status: res.statusCode, headers, body: res.rawPayload });
      });
      const page = await context.newPage();
      await page.goto(q.origin + q.path);
      const outcome = await page
        .waitForSelector(`${q.ready}, [data-print-error]`, { timeout: 30_000 })
        .catch(() => {
          throw new PrintUnavailable('简报页面在 30 秒内未能绘制完成，无法生成 PDF，请稍后重试');
        });
      const problem = await outcome.getAttribute('data-print-error');
      if (problem !== null) throw new PrintUnavailable(problem || '页面未能显示，无法生成 PDF');
      // no emulateMedia('print') first: charts would resize to the window and the page print shrunk
      return await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
      });
    } finally {
      await context.close();
    }
  }
}

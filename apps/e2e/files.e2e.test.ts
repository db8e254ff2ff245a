import { readFileSync } from 'node:fs';
import type { Ranking } from '@fazhi/contract';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import { screenshot, useHarness } from './harness.ts';

const C = encodeURIComponent('示例县');
const h = useHarness();

const GOOD = `测试县柳林镇2024年法治政府建设工作情况报告

2024年，柳林镇深入推进法治政府建设，现将有关情况报告如下：
一、组织干部职工参加法治培训8次，覆盖干部职工320人次。
二、全年排查调处矛盾纠纷41件，调处成功40件，调处率97.6%。
三、开展普法宣传活动26次，发放宣传资料5000余份。

柳林镇人民政府
2025年1月10日
`;

describe('files in and out of the dashboard', () => {
  test('the ranking exported as .xlsx downloads and reads back with the figures on screen', async () => {
    const r = await h().get<Ranking>(`/api/ranking?county=${C}&indicator=pub.materials&year=2023`);
    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${C}&year=2023&indicator=pub.materials`);
    await page.waitForSelector('table.ranking-table');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-xlsx]'),
    ]);
    expect(download.suggestedFilename()).toBe('示例县2023年发放宣传资料份数排名（乡镇街道）.xlsx');
    const file = await download.path();
    const rows = await readSheet(readFileSync(file));
    expect(rows[0]?.[0]).toBe('示例县 2023年 发放宣传资料份数排名（乡镇、街道）');
    const header = rows[2] ?? [];
    const data = rows.slice(3);
    expect(data.map((x) => x[header.indexOf('单位')])).toEqual(r.rows.map((x) => x.unit.name));
    // a unit without the figure reads 未提及 or 未报送 in the value column, as on screen
    const word = { value: null, not_mentioned: '未提及', no_report: '未报送' } as const;
    expect(data.map((x) => x[header.indexOf('数值（份）')] ?? null)).toEqual(
      r.rows.map((x) => x.value ?? word[x.state]),
    );
    const csv = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const bytes = readFileSync(await csv[0].path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('the comparison exported as .xlsx is the screen: its year, its unit group, a row per unit', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/compare?county=${C}&year=2024&group=all`);
    await page.waitForSelector('table.change-table');
    const units = await page.$$eval('table.change-table tbody th', (ths) =>
      ths.map((th) => th.textContent?.trim() ?? ''),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-xlsx]'),
    ]);
    expect(download.suggestedFilename()).toBe('示例县2024年较2023年8项指标对比（全部单位）.xlsx');
    const rows = await readSheet(readFileSync(await download.path()), 1);
    expect(rows[0]?.[0]).toBe('示例县 2024年较2023年 各单位指标对比（全部单位）');
    expect(rows.slice(4).map((r) => r[0])).toEqual(units);
  });

  test('the ranking chart downloads as a PNG named for county, year, indicator and unit group', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${C}&year=2023&indicator=pub.materials`);
    await page.waitForSelector('[data-chart="排名柱状图"][data-drawn="true"]');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("下载图表 PNG")'),
    ]);
    expect(png.suggestedFilename()).toBe('示例县2023年发放宣传资料份数排名（乡镇街道）.png');
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  test('a unit several counties have is asked about next to the 县区 field, and naming the county settles it', async () => {
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/upload`);
    const file = {
      name: '2023-城关镇.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('城关镇2023年度法治政府建设情况报告\n2023年，城关镇开展普法宣传活动12场。', 'utf8'),
    };
    await page.setInputFiles('[data-testid=file-input]', [file]);
    await page.waitForSelector('[data-testid=county-question]');
    const question = await page.textContent('[data-testid=county-question]');
    expect(question).toContain('请在“县区”中填写所属县（区）');
    expect(question).toMatch(/“城关镇”在 \d+ 个县（区）都有.*另有 \d+ 处未列出/);
    expect(await page.getAttribute('.field-with-note input', 'aria-invalid')).toBe('true');
    await page.fill('.field-with-note input', '嵩县');
    await page.setInputFiles('[data-testid=file-input]', [file]);
    await page.waitForSelector('[data-testid=outcomes] tr[data-status=ingested]');
    expect(await page.$('[data-testid=county-question]')).toBeNull();
  });

  test('uploading a good and a bad file shows both outcomes, with the reason for the bad one', async () => {
    const page = await h().page();
    await h().signIn(page, 'editor');
    await page.goto(`${h().url}/upload`);
    await page.setInputFiles('[data-testid=file-input]', [
      { name: '2024-柳林镇.txt', mimeType: 'text/plain', buffer: Buffer.from(GOOD, 'utf8') },
      { name: '坏文件.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('这不是 Word 文件') },
    ]);
    await page.waitForSelector('[data-testid=outcomes]');
    const rows = await page.$$eval('[data-testid=outcomes] tbody tr', (trs) =>
      trs.map((tr) => ({
        status: tr.getAttribute('data-status'),
        cells: [...tr.children].map((c) => c.textContent?.trim() ?? ''),
      })),
    );
    const good = rows.find((x) => x.cells[0] === '2024-柳林镇.txt');
    const bad = rows.find((x) => x.cells[0] === '坏文件.docx');
    expect(good?.status).toBe('ingested');
    expect(good?.cells.slice(1, 4)).toEqual(['已导入', '柳林镇', '2024']);
    expect(good?.cells[4]).toBe('测试县');
    expect(Number(good?.cells[5])).toBeGreaterThanOrEqual(6);
    expect(bad?.status).toBe('rejected');
    expect(bad?.cells[1]).toBe('已拒绝');
    expect(bad?.cells[6]).toContain('坏文件.docx');
    await screenshot(page, 'upload');

    await page.click('[data-testid=outcomes] a:has-text("查看报告")');
    await page.waitForSelector('mark.fact');
    expect(await page.textContent('h1')).toContain('柳林镇');
  });
});

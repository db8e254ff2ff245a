import type { Comparison, Overview, Ranking } from '@fazhi/contract';
import { formatFigure } from '@fazhi/web/testing';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chartDrawn, screenshot, texts, useHarness } from './harness.ts';

// The sample county never received 白马镇's 2024 report nor 新华街道's 2023 report, and has no 2025 report.
const C = encodeURIComponent('示例县');
const h = useHarness();

/** The look of the word in a figure's place, as the browser computed it. */
const lookOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const s = getComputedStyle(el);
    return { text: el.textContent, fontStyle: s.fontStyle, border: s.borderTopStyle };
  });

describe('the figure, 未提及 and 未报送 read apart on screen', () => {
  test('排名: a number, a report without the figure and a unit without a report, each its own way', async () => {
    const r = await h().get<Ranking>(`/api/ranking?county=${C}&indicator=dispute.cases&year=2024`);
    expect(new Set(r.rows.map((x) => x.state))).toEqual(new Set(['value', 'not_mentioned', 'no_report']));
    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${C}&year=2024&indicator=dispute.cases`);
    await chartDrawn(page, '排名柱状图');
    const rows = await page.$$eval('table.ranking-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')),
    );
    expect(rows.map((x) => x[1])).toEqual(r.rows.map((x) => x.unit.name));
    expect(rows.map((x) => x[2])).toEqual(
      r.rows.map((x) => formatFigure(x.value, x.qualifier, '件', x.state)),
    );
    expect(rows.find((x) => x[1] === '白马镇')?.[2]).toBe('未报送');
    const noReport = await lookOf(page, 'table.ranking-table td .absent.no_report');
    const notMentioned = await lookOf(page, 'table.ranking-table td .absent.not_mentioned');
    expect(noReport).toEqual({ text: '未报送', fontStyle: 'italic', border: 'dashed' });
    expect(notMentioned).toEqual({ text: '未提及', fontStyle: 'normal', border: 'none' });
    // last year's column says why 白马镇's 2023 figure is or is not there, from the API's previousState
    const bai = r.rows.find((x) => x.unit.name === '白马镇');
    expect(rows.find((x) => x[1] === '白马镇')?.[4]).toBe(
      formatFigure(bai?.previous?.value, bai?.previous?.qualifier, '件', bai?.previousState ?? 'value'),
    );
  });

  test('对比: the change table, the heatmap cells and their tooltips tell 未报送 from 未提及', async () => {
    const keys = 'pub.events,pub.reach';
    const cmp = await h().get<Comparison>(`/api/compare?county=${C}&indicators=${keys}`);
    const page = await h().page();
    await page.goto(`${h().url}/compare?county=${C}&year=2023&indicators=${keys}`);
    await chartDrawn(page, '单位与指标热力图');
    const names = await texts(page, 'table.change-table tbody tr th');
    const cells = await page.$$eval('table.change-table tbody tr', (trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.querySelector('.absent')?.textContent ?? ''),
      ),
    );
    const towns = cmp.units.filter((u) => u.type !== 'county_dept' && u.type !== 'county');
    expect(names).toEqual(towns.map((u) => u.name));
    for (const [y, u] of towns.entries()) {
      const expected = cmp.indicators.map((ind) => {
        if (cmp.cells.some((c) => c.unitId === u.id && c.year === 2023 && c.key === ind.key)) return '';
        return u.reported.includes(2023) ? '未提及' : '未报送';
      });
      expect(cells[y], u.name).toEqual(expected);
    }
    const xinhua = names.indexOf('新华街道');
    expect(cells[xinhua]).toEqual(['未报送', '未报送']);
    const silent = cells.findIndex((row) => row[0] === '未提及');
    expect(silent).toBeGreaterThanOrEqual(0);
    expect(await texts(page, '[data-testid=absent-legend] .legend-item')).toEqual(['未提及', '未报送']);

    const heat = await page.$('[data-chart="单位与指标热力图"]');
    await heat?.scrollIntoViewIfNeeded();
    const box = await heat?.boundingBox();
    if (!box) throw new Error('no heatmap');
    // grid: left 96, right 16, top 8, bottom 64 (see toHeatmapOption); column 0 is pub.events
    const cell = { w: (box.width - 112) / 2, h: (box.height - 72) / names.length };
    const corner = (row: number) => ({ x: 96 + 2, y: 8 + cell.h * row + 2 });
    const pixels = await page.$$eval(
      '[data-chart="单位与指标热力图"] canvas',
      (layers, at) => {
        // ECharts draws in stacked canvas layers: flatten them as the screen shows them
        const first = layers[0] as HTMLCanvasElement;
        const flat = document.createElement('canvas');
        [flat.width, flat.height] = [first.width, first.height];
        const ctx = flat.getContext('2d');
        for (const layer of layers) ctx?.drawImage(layer as HTMLCanvasElement, 0, 0);
        const scale = first.width / first.getBoundingClientRect().width;
        const shades = (p: { x: number; y: number }) => {
          const d = ctx?.getImageData(p.x * scale, p.y * scale, 10 * scale, 10 * scale).data ?? [];
          const found = new Set<number>();
          for (let i = 0; i < d.length; i += 4) found.add(d[i] ?? 0);
          return [...found].sort((a, b) => a - b);
        };
        return { noReport: shades(at.noReport), notMentioned: shades(at.notMentioned) };
      },
      { noReport: corner(xinhua), notMentioned: corner(silent) },
    );
    // 未提及 is one flat light grey; 未报送 is white with darker hatching
    expect(pixels.notMentioned).toHaveLength(1);
    const flat = pixels.notMentioned[0] ?? 0;
    expect(flat).toBeGreaterThan(200);
    expect(flat).toBeLessThan(255);
    expect(pixels.noReport).toContain(255);
    expect(Math.min(...pixels.noReport)).toBeLessThan(flat);

    const tooltipAt = async (row: number) => {
      await page.mouse.move(box.x + 96 + cell.w / 2, box.y + 8 + cell.h * (row + 0.5));
      const handle = await page.waitForFunction(
        (name) =>
          [...document.querySelectorAll('[data-chart="单位与指标热力图"] div')]
            .map((d) => d.textContent ?? '')
            .find((t) => t.startsWith(`${name} ·`)) ?? false,
        names[row],
      );
      return String(await handle.jsonValue());
    };
    expect(await tooltipAt(xinhua)).toContain('未报送');
    expect(await tooltipAt(silent)).toContain('未提及');
  });

  test('总览: each card says how many townships sent no report and how many reports leave it out', async () => {
    const o = await h().get<Overview>(`/api/overview?county=${C}&year=2024`);
    const page = await h().page();
    await page.goto(`${h().url}/?county=${C}&year=2024`);
    await page.waitForSelector('[data-view="overview"] .headline');
    for (const hl of o.groups.flatMap((g) => g.headlines)) {
      const { noReport, notMentioned } = hl.absent;
      const card = `[data-indicator="${hl.indicator.key}"]`;
      // a figure no township gave says 未提及 once, in its note; the line below then names only 未报送
      const silent = hl.value === null ? 0 : notMentioned;
      const parts = [noReport > 0 ? `${noReport} 个未报送` : '', silent > 0 ? `${silent} 个报告未提及` : ''];
      const note = await page.$(`${card} [data-testid=headline-absent]`);
      expect((await note?.textContent()) ?? '', hl.indicator.key).toBe(parts.filter(Boolean).join(' · '));
      if (hl.value === null)
        expect(await page.textContent(`${card} .headline-note`)).toBe(
          `已报送的 ${notMentioned} 个单位均未提及`,
        );
    }
    // 白马镇 is the one township without a 2024 report
    expect(o.groups.flatMap((g) => g.headlines).every((x) => x.absent.noReport === 1)).toBe(true);
  });
});

describe('a year with no reports says so once', () => {
  test.each([
    ['排名', `/ranking?county=${C}&year=2025&indicator=dispute.cases`, 'table.ranking-table'],
    ['对比', `/compare?county=${C}&year=2025`, 'table.change-table'],
    ['总览', `/?county=${C}&year=2025`, '.headline'],
  ])('%s: one line, no unit listed', async (name, path, list) => {
    const page = await h().page();
    await page.goto(`${h().url}${path}`);
    await page.waitForSelector('[data-testid=empty-year]');
    expect(await texts(page, '[data-testid=empty-year]')).toEqual([
      '2025 年度尚未收到任何报告。可在“上传”页导入该年度的报告。',
    ]);
    expect(await page.$$(list)).toHaveLength(0);
    expect(await page.$$('.absent')).toHaveLength(0);
    if (name === '排名') await screenshot(page, 'empty-year');
  });

  test('简报: the message instead of a sheet, not as a fault', async () => {
    const page = await h().page();
    await page.goto(`${h().url}/briefing?county=${C}&year=2025`);
    await page.waitForSelector('[data-print-error] .state.empty');
    expect(await texts(page, '.state.empty')).toEqual(['示例县 2025 年度尚未收到任何报告，无法生成简报']);
    expect(await page.$$('.state.error')).toHaveLength(0);
    h().errors.splice(0); // the browser logs the API's 404 itself
  });
});

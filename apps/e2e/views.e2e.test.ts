import type {
  Comparison,
  Completeness,
  Indicators,
  Overview,
  Ranking,
  ReportDetail,
  UnitProfile,
} from '@fazhi/contract';
import { DEFAULT_KEYS, formatFigure, formatRank, formatValue } from '@fazhi/web/testing';
import { describe, expect, test } from 'vitest';
import { chartDrawn, screenshot, texts, useHarness } from './harness.ts';

const C = encodeURIComponent('示例县');
const h = useHarness();

const isTown = (type: string) => type !== 'county_dept' && type !== 'county';

describe('every view opens and shows the numbers the API returns', () => {
  test('总览: each headline figure, the sample badge and how many townships reported', async () => {
    const o = await h().get<Overview>(`/api/overview?county=${C}&year=2023`);
    const page = await h().page();
    await page.goto(`${h().url}/?county=${C}&year=2023`);
    await page.waitForSelector('[data-view="overview"] .headline');
    const headlines = o.groups.flatMap((g) => g.headlines);
    expect(headlines.length).toBe(9);
    for (const hl of headlines) {
      const shown = await page.textContent(`[data-indicator="${hl.indicator.key}"] .headline-value`);
      expect(shown).toBe(
        formatFigure(
          hl.value,
          hl.qualifier,
          hl.indicator.unit,
          hl.value === null ? 'not_mentioned' : 'value',
        ),
      );
    }
    expect(await page.textContent('[data-testid=completeness-line]')).toContain(`${o.reported} / ${o.units}`);
    expect(await page.isVisible('.badge.sample')).toBe(true);
    await screenshot(page, 'overview');
  });

  test('对比: the three charts draw and the change table holds each township’s figures', async () => {
    const cmp = await h().get<Comparison>(`/api/compare?county=${C}&indicators=${DEFAULT_KEYS.join(',')}`);
    const page = await h().page();
    await page.goto(`${h().url}/compare?county=${C}&year=2023`);
    for (const label of ['本年与上年对比柱状图', '历年趋势折线图', '单位与指标热力图'])
      await chartDrawn(page, label);
    const towns = cmp.units.filter((u) => isTown(u.type));
    const rows = await page.$$eval('table.change-table tbody tr', (trs) =>
      trs.map((tr) =>
        [...tr.children].map((c) => c.querySelector('a')?.textContent?.trim() ?? c.textContent?.trim()),
      ),
    );
    expect(rows.map((r) => r[0])).toEqual(towns.map((u) => u.name));
    for (const [i, u] of towns.entries()) {
      const expected = cmp.indicators.map((ind) => {
        const c = cmp.cells.find((x) => x.unitId === u.id && x.year === 2023 && x.key === ind.key);
        if (c) return formatValue(c.value, c.qualifier, ind.unit);
        return u.reported.includes(2023) ? '未提及' : '未报送';
      });
      expect(rows[i]?.slice(1)).toEqual(expected);
    }
    expect(rows.flat()).toContain('未提及');
    expect(rows.flat()).toContain('未报送');
    await screenshot(page, 'compare');
  });

  test('排名: rows in the API order with 并列, 未提及 and 未报送 last, and sorting by a column', async () => {
    const r = await h().get<Ranking>(`/api/ranking?county=${C}&indicator=dispute.cases&year=2024`);
    expect(r.rows.some((x) => x.tied)).toBe(true);
    expect(r.rows.some((x) => x.state === 'not_mentioned')).toBe(true);
    const page = await h().page();
    await page.goto(`${h().url}/ranking?county=${C}&year=2024&indicator=dispute.cases`);
    await chartDrawn(page, '排名柱状图');
    const rows = await page.$$eval('table.ranking-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')),
    );
    expect(rows.map((x) => x[1])).toEqual(r.rows.map((x) => x.unit.name));
    expect(rows.map((x) => x[0])).toEqual(r.rows.map((x) => formatRank(x.rank, x.tied)));
    expect(rows.map((x) => x[2])).toEqual(
      r.rows.map((x) => formatFigure(x.value, x.qualifier, '件', x.state)),
    );
    expect(rows.at(-1)?.[2]).toBe('未报送');
    await screenshot(page, 'ranking');

    await page.click('th button:has-text("单位")');
    await page.waitForURL(/sort=name/);
    const byName = await texts(page, 'table.ranking-table tbody tr th');
    const collator = new Intl.Collator('zh-CN');
    expect(byName).toEqual([...byName].sort(collator.compare));
  });

  test('单位档案: every indicator over the years, a year without a report as 未报送, else 未提及', async () => {
    const cmp = await h().get<Comparison>(`/api/compare?county=${C}`);
    const unit = cmp.units.find((u) => u.name === '白马镇');
    const p = await h().get<UnitProfile>(`/api/units/${unit?.id}`);
    const page = await h().page();
    await page.goto(`${h().url}/units/${p.unit.id}`);
    await page.waitForSelector('table.unit-table');
    const keys = new Set(p.cells.map((c) => c.key));
    const shown = [...new Set([...p.countyYears, ...p.cells.map((c) => c.year)])];
    const reported = new Set(p.reports.map((r) => r.year));
    expect(shown).toContain(2024);
    expect(reported.has(2024)).toBe(false); // 白马镇 sent no 2024 report: a column of 未报送
    const cells = await texts(page, 'table.unit-table td.num');
    expect(cells).toHaveLength(keys.size * shown.length);
    const without = shown.filter((y) => !reported.has(y));
    const valuesIn = (ys: number[]) => p.cells.filter((c) => ys.includes(c.year)).length;
    expect(cells.filter((t) => t === '未报送')).toHaveLength(keys.size * without.length - valuesIn(without));
    const withReport = shown.filter((y) => reported.has(y));
    expect(cells.filter((t) => t === '未提及')).toHaveLength(
      keys.size * withReport.length - valuesIn(withReport),
    );
    const catalog = await h().get<Indicators>('/api/indicators');
    const units = new Map(catalog.groups.flatMap((g) => g.indicators.map((i) => [i.key as string, i.unit])));
    const texts2 = new Set(cells);
    for (const c of p.cells)
      expect(texts2.has(formatValue(c.value, c.qualifier, units.get(c.key) ?? ''))).toBe(true);
    expect(await page.$$('.report-list li')).toHaveLength(p.reports.length);
    await screenshot(page, 'unit');
  });

  test('单位档案: the unit’s place 省·市·县·乡镇 under its name; none for a unit without a code', async () => {
    const { units } = await h().get<{ units: { id: number; name: string; sample: boolean }[] }>('/api/units');
    const town = units.find((u) => u.name === '邢庄镇');
    const sample = units.find((u) => u.sample);
    const page = await h().page();
    await page.goto(`${h().url}/units/${town?.id}`);
    await page.waitForSelector('[data-view="unit"] h1');
    expect(await page.textContent('[data-testid=unit-chain]')).toBe('河南省·周口市·沈丘县·邢庄镇');
    await page.goto(`${h().url}/units/${sample?.id}`);
    await page.waitForSelector('[data-view="unit"] h1');
    expect(await page.$('[data-testid=unit-chain]')).toBeNull();
  });

  test('报告: the text with every fact highlighted, the focused figure at its sentence', async () => {
    const r = await h().get<Ranking>(`/api/ranking?county=${C}&indicator=pub.events&year=2023`);
    const factId = r.rows[0]?.factIds[0];
    const fact = await h().get<{ fact: { reportId: number } }>(`/api/facts/${factId}`);
    const d = await h().get<ReportDetail>(`/api/reports/${fact.fact.reportId}`);
    const page = await h().page();
    await page.goto(`${h().url}/reports/${d.report.id}?facts=${factId}`);
    await page.waitForSelector('mark.fact.focus');
    const f = d.facts.find((x) => x.id === factId);
    const focused = (await texts(page, 'mark.fact.focus')).join('');
    expect(focused).toBe(d.report.text.slice(f?.spanStart ?? 0, f?.spanEnd ?? 0));
    const highlighted = new Set(
      (await page.$$eval('mark.fact', (ms) => ms.map((m) => m.getAttribute('data-fact-ids') ?? ''))).flatMap(
        (s) => s.split(',').map(Number),
      ),
    );
    for (const x of d.facts.filter((x) => x.spanStart !== null && x.status !== 'rejected')) {
      expect(highlighted.has(x.id)).toBe(true);
    }
    expect(await page.$$('.fact-list li')).toHaveLength(d.facts.length);
    await screenshot(page, 'report', { fullPage: false });
  });

  test('完整性: reports not received, facts found and flags per unit and year', async () => {
    const c = await h().get<Completeness>(`/api/completeness?county=${C}`);
    const page = await h().page();
    await page.goto(`${h().url}/completeness?county=${C}`);
    await page.waitForSelector('table.completeness-table');
    const cells = c.units.flatMap((u) => u.years);
    expect((await texts(page, 'table.completeness-table td.missing')).length).toBe(
      cells.filter((y) => y.reportId === null).length,
    );
    const counts = (await texts(page, 'table.completeness-table td a')).map((t) => Number.parseInt(t, 10));
    expect(counts).toEqual(cells.filter((y) => y.reportId !== null).map((y) => y.facts));
    expect((await texts(page, '.flag')).length).toBe(cells.reduce((n, y) => n + y.flags.length, 0));
    await screenshot(page, 'completeness');
  });

  test('the compare view reads on a 1920×1080 projector', async () => {
    const page = await h().page({ width: 1920, height: 1080 });
    await page.goto(`${h().url}/compare?county=${C}&year=2024`);
    await chartDrawn(page, '单位与指标热力图');
    const fontSize = await page.$eval('html', (e) => getComputedStyle(e).fontSize);
    expect(fontSize).toBe('16px');
    await screenshot(page, 'compare-1920');
  });
});

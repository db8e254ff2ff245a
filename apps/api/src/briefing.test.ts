import type { Briefing, Comparison } from '@fazhi/contract';
import { sentenceText } from '@fazhi/service';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getJson, signInAs, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ webDist: '/nonexistent-dashboard-build' });
}, 60_000);
afterAll(() => t.dispose());

const C = '示例县';
const all = (b: Briefing) => [...b.summary, ...b.sections.flatMap((s) => s.sentences)].map(sentenceText);

describe('GET /api/briefing', () => {
  test('totals in sentences are the sums of the units’ own values, with units counted', async () => {
    const b = (await getJson<Briefing>(t.app, `/api/briefing?county=${C}&year=2023`)).body;
    const cmp = (await getJson<Comparison>(t.app, `/api/compare?county=${C}&years=2023`)).body;
    for (const h of b.headlines.filter((x) => x.measure === 'sum' && x.value !== null)) {
      const cells = cmp.cells.filter((c) => c.key === h.indicator.key && c.year === 2023);
      expect(h.units, h.indicator.key).toBe(cells.length);
      expect(h.value, h.indicator.key).toBeCloseTo(
        cells.reduce((a, c) => a + c.value, 0),
        6,
      );
    }
    expect(all(b)).toContain(
      '2023年度，全县23个单位中有21个报送了法治政府建设情况报告，新华街道、示例县司法局未报送。',
    );
    expect(b.units).toEqual({ total: 23, reported: 21, noReport: ['新华街道', '示例县司法局'] });
  });

  test('an indicator no unit reported is null, never 0, and its sentence says the reports leave it out', async () => {
    const b = (await getJson<Briefing>(t.app, `/api/briefing?county=${'沈丘县'}&year=2023`)).body;
    const train = b.headlines.find((h) => h.indicator.key === 'train.sessions');
    expect(train).toMatchObject({ value: null, units: 0 });
    expect(train?.absent.notMentioned).toBe(b.units.reported);
    expect(b.sections.find((s) => s.key === 'train')?.sentences.map(sentenceText)).toEqual([
      `已报送报告的${b.units.reported}个单位均未提及干部职工与执法人员法治培训次数。`,
      `已报送报告的${b.units.reported}个单位均未提及培训覆盖人数。`,
    ]);
    expect(all(b).join('')).not.toMatch(/培训0次/);
  });

  test('a focus group keeps only its own section, indicators and charts', async () => {
    const b = (await getJson<Briefing>(t.app, `/api/briefing?county=${C}&year=2023&focus=pub`)).body;
    expect(b.sections.map((s) => s.key)).toEqual(['pub']);
    expect(b.indicators.map((i) => i.key)).toEqual(['pub.events', 'pub.reach', 'pub.materials']);
    expect(b.title).toBe('示例县2023年度法治建设主要指标简报（普法宣传）');
    expect(b.charts.map((c) => c.kind)).toEqual(['units', 'units', 'trend']);
  });

  test('the table and the text give a rate’s median over the same peers, and say over whom', async () => {
    const b = (await getJson<Briefing>(t.app, `/api/briefing?county=${C}&year=2023`)).body;
    const cmp = (await getJson<Comparison>(t.app, `/api/compare?county=${C}&years=2023`)).body;
    const towns = new Set(cmp.units.filter((u) => u.type !== 'county_dept').map((u) => u.id));
    const rates = cmp.cells
      .filter((c) => c.key === 'dispute.rate' && c.year === 2023 && towns.has(c.unitId))
      .map((c) => c.value)
      .sort((x, y) => x - y);
    const mid = rates.length >> 1;
    const median = rates.length % 2 ? rates[mid] : ((rates[mid - 1] ?? 0) + (rates[mid] ?? 0)) / 2;
    const h = b.headlines.find((x) => x.indicator.key === 'dispute.rate');
    expect(h).toMatchObject({ measure: 'median', peers: 'towns', statistic: '各乡镇（街道）中位数' });
    expect(h?.units).toBe(rates.length);
    expect(h?.value).toBeCloseTo(median ?? 0, 2);
    const said = all(b).find((x) => x.includes('矛盾纠纷调处率最高'));
    expect(said).toContain(`各乡镇（街道）中位数为${h?.value}%`);
    for (const x of b.headlines.filter((y) => y.measure === 'sum')) expect(x.statistic).toBe('全县合计');
  });

  test('the one page says three of the sections’ sentences; leaders and laggards only where better has a way', async () => {
    const b = (await getJson<Briefing>(t.app, `/api/briefing?county=${C}&year=2023`)).body;
    expect(b.highlights.map(sentenceText)).toEqual([
      expect.stringMatching(/^全县共开展干部职工与执法人员法治培训\d+次/),
      expect.stringMatching(/^全县共排查调处矛盾纠纷约\d+件/),
      expect.stringMatching(/^全县共开展普法宣传活动约\d+次/),
    ]);
    for (const s of b.highlights) expect(all(b)).toContain(sentenceText(s));
    const leaders = b.sections.flatMap((s) => s.leaders);
    expect(leaders.length).toBeGreaterThan(0);
    for (const l of leaders) expect(l.indicator.direction, l.indicator.key).not.toBe('neither');
    expect(leaders.map((l) => l.indicator.key)).not.toContain('dispute.cases');
    const caseload = all(b).filter(
      (x) => x.includes('排查调处矛盾纠纷件数') || x.includes('行政复议受理件数'),
    );
    expect(caseload.length).toBeGreaterThan(0);
    for (const x of caseload) expect(x).not.toMatch(/最好|最差|领先|落后|靠前|靠后/);
  });

  test('the summary says how the reports were handed in, from the 报送与质量 figures, and moves with a recorded date', async () => {
    const url = `/api/briefing?county=${C}&year=2023`;
    const rowsOf = async () =>
      (
        await getJson<{
          rows: {
            unitId: number;
            reportId: number | null;
            onTime: boolean | null;
            parts: Record<string, string> | null;
          }[];
        }>(t.app, `/api/compliance?county=${C}&year=2023`)
      ).body.rows;
    const rows = await rowsOf();
    const b = (await getJson<Briefing>(t.app, url)).body;
    const received = rows.filter((r) => r.reportId !== null);
    const onTime = received.filter((r) => r.onTime).length;
    expect(b.submissions).toMatchObject({
      units: rows.length,
      onTime,
      late: received.length - onTime,
      noReport: rows.length - received.length,
    });
    const lackingShortcomings = received.filter((r) => r.parts?.shortcomings === 'missing').length;
    expect(lackingShortcomings).toBeGreaterThan(0);
    expect(b.summary.map((s) => s.kind)).toEqual(['coverage', 'submissions']);
    const said = sentenceText(b.summary[1] ?? { kind: 'submissions', parts: [] });
    expect(said).toMatch(new RegExp(`^全县23个单位中，${onTime}个按时报送，`));
    expect(said).toContain(`${lackingShortcomings}份报告缺少“存在的不足和原因”部分`);

    const unit = received.find((r) => r.onTime);
    const editor = await signInAs(t, 'editor');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/submissions/${unit?.unitId}/2023`,
      headers: editor.headers,
      payload: { receivedOn: '2024-03-20', reason: '以收文登记为准' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await getJson<Briefing>(t.app, url)).body;
    expect(after.submissions.onTime).toBe(onTime - 1);
    expect(after.submissions.late).toBe(b.submissions.late + 1);
  });

  test('the reviewed share moves when a person confirms a figure', async () => {
    const url = `/api/briefing?county=${C}&year=2023&focus=dispute`;
    const before = (await getJson<Briefing>(t.app, url)).body;
    const fact = before.sections[0]?.leaders[0]?.top[0]?.factIds[0];
    const editor = await signInAs(t, 'editor');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/facts/${fact}`,
      headers: editor.headers,
      payload: { action: 'confirm' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await getJson<Briefing>(t.app, url)).body;
    expect(after.reviewed.total).toBe(before.reviewed.total);
    expect(after.reviewed.values).toBe(before.reviewed.values + 1);
  });

  test.each([
    ['/api/briefing?county=无此县', 404, /没有名为“无此县”的县区/],
    [`/api/briefing?county=${C}&year=2030`, 404, /^示例县 2030 年度尚未收到任何报告，无法生成简报$/],
    [`/api/briefing?county=${C}&focus=svc`, 400, /focus/],
    [`/api/briefing.pdf?county=${C}&year=2030`, 404, /2030 年度尚未收到任何报告/],
    [`/api/briefing.pdf?county=${C}&year=2023`, 503, /看板页面尚未构建/],
    [`/api/briefing.pdf?county=${C}&year=2023&annex=1`, 503, /看板页面尚未构建/],
    [`/api/briefing.pdf?county=${C}&year=2023&annex=yes`, 400, /annex/],
    [`/api/briefing?county=${C}&year=2023&annex=1`, 400, /不认识的参数 annex/],
  ])('%s answers %i with a message', async (url, status, message) => {
    const res = await t.app.inject({ url: encodeURI(url) });
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});

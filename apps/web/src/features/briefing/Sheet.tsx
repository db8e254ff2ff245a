import type { Briefing } from '@fazhi/contract';
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../../lib/format.ts';
import { Annex } from './Annex.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { SentenceText } from './Sentence.tsx';
import { HeadlineTable, LeadersTable } from './Tables.tsx';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

/** What every printed page repeats in its margin, so a single sheet can be trusted on its own. */
export function pageLine(d: Briefing): string {
  const groups = d.sections.map((s) => s.label).join('、');
  const share = d.reviewed.total === 0 ? 0 : Math.round((d.reviewed.values / d.reviewed.total) * 100);
  return `${d.county.name} · ${d.year}年度 · 指标：${groups}（${d.indicators.length}项） · 数据截至 ${
    d.asOf ? formatDateTime(d.asOf) : '—'
  } · 已审核 ${share}%`;
}

// CSS strings in @page margin boxes: quotes and backslashes escaped, nothing else is interpreted
const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * The A4 page itself, the same markup on screen, in print and in the PDF: one portrait page of the headline
 * table, the three sentences that matter most, one chart and who leads and lags; the annex after it when
 * asked for.
 */
export function Sheet({ data, annex }: { data: Briefing; annex: boolean }) {
  const [drawn, setDrawn] = useState(0);
  const [fonts, setFonts] = useState(false);
  const onDrawn = useCallback(() => setDrawn((n) => n + 1), []);
  useEffect(() => {
    document.fonts.ready.then(() => setFonts(true));
  }, []);
  // the title a printed or saved PDF carries
  useEffect(() => {
    const before = document.title;
    document.title = data.title;
    return () => {
      document.title = before;
    };
  }, [data.title]);
  const chart = data.charts[0];
  const ready = fonts && drawn >= (annex ? data.charts.length : chart ? 1 : 0);
  const line = pageLine(data);
  const share =
    data.reviewed.total === 0 ? 0 : Math.round((data.reviewed.values / data.reviewed.total) * 100);
  const file = `${data.county.name}${data.year}年简报`;
  let h = 0;
  const heading = (text: string) => `${NUMERALS[h++]}、${text}`;
  return (
    <article className="sheet one-page" data-briefing-ready={ready ? 'true' : 'false'}>
      <style>{`@page { @top-center { content: ${cssString(line)}; } }`}</style>
      <header className="sheet-head">
        <h1>{data.title}</h1>
        <p className="sheet-meta">
          <span>
            指标：{data.sections.map((s) => s.label).join('、')}（{data.indicators.length}项）
          </span>
          <span>数据截至：{data.asOf ? formatDateTime(data.asOf) : '—'}</span>
          <span>已审核 {share}%</span>
          {data.sample && <span className="sample">示例数据</span>}
        </p>
      </header>

      <h2>{heading('总体情况')}</h2>
      {data.summary.map((s, n) => (
        <SentenceText key={`s${n}`} sentence={s} county={data.county.name} />
      ))}
      <HeadlineTable data={data} />

      {data.highlights.length > 0 && <h2>{heading('要点')}</h2>}
      {data.highlights.map((s, n) => (
        <SentenceText key={`h${n}`} sentence={s} county={data.county.name} />
      ))}

      {chart && (
        <>
          <h2>{heading(chart.title)}</h2>
          <div className="briefing-charts">
            <ChartFigure chart={chart} fileName={file} onDrawn={onDrawn} height={140} untitled />
          </div>
        </>
      )}

      <h2>{heading('各单位靠前与靠后情况')}</h2>
      <LeadersTable data={data} />

      <p className="sheet-note">
        说明：数字由系统从各单位报告中提取，点击可查看原文。合计只计报告了该指标的单位，比率为所注范围内的中位数；“未报送”“未提及”均不等于0；受理、纠纷等数量指标不分好坏，不列靠前靠后；✓
        已人工确认，✎ 已人工更正。
      </p>

      {annex && <Annex data={data} fileName={file} onDrawn={onDrawn} />}
    </article>
  );
}

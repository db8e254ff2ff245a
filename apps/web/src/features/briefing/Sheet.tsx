import type { Briefing } from '@fazhi/contract';
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../../lib/format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { SentenceText } from './Sentence.tsx';
import { AppendixTable, HeadlineTable, LeadersTable } from './Tables.tsx';

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

/** The A4 page itself: the same markup on screen, in print and in the PDF. */
export function Sheet({ data }: { data: Briefing }) {
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
  const ready = fonts && drawn >= data.charts.length;
  const line = pageLine(data);
  const share =
    data.reviewed.total === 0 ? 0 : Math.round((data.reviewed.values / data.reviewed.total) * 100);
  const file = `${data.county.name}${data.year}年简报`;
  let h = 0;
  const heading = (text: string) => `${NUMERALS[h++]}、${text}`;
  return (
    <article className="sheet" data-briefing-ready={ready ? 'true' : 'false'}>
      <style>{`@page { @top-center { content: ${cssString(line)}; } }`}</style>
      <header className="sheet-head">
        <h1>{data.title}</h1>
        <p className="sheet-meta">
          <span>县区：{data.county.name}</span>
          <span>年度：{data.year}年</span>
          <span>
            指标：{data.sections.map((s) => s.label).join('、')}（{data.indicators.length}项）
          </span>
          <span>数据截至：{data.asOf ? formatDateTime(data.asOf) : '—'}</span>
          <span>
            已审核 {share}%（{data.reviewed.values}/{data.reviewed.total}项）
          </span>
          {data.sample && <span className="sample">示例数据</span>}
        </p>
      </header>

      <h2>{heading('总体情况')}</h2>
      {data.summary.map((s, n) => (
        <SentenceText key={`s${n}`} sentence={s} county={data.county.name} />
      ))}
      <HeadlineTable data={data} />

      <h2>{heading('分项情况')}</h2>
      {data.sections.map((section, n) => (
        <section key={section.key} className="briefing-section">
          <h3>
            （{NUMERALS[n]}）{section.label}
          </h3>
          {section.sentences.length === 0 ? (
            <p className="no-figures muted">本年度各单位均未报告该组重点指标。</p>
          ) : (
            section.sentences.map((s, k) => (
              <SentenceText key={`${section.key}${k}`} sentence={s} county={data.county.name} />
            ))
          )}
        </section>
      ))}

      {data.charts.length > 0 && <h2>{heading('图表')}</h2>}
      <div className="briefing-charts">
        {data.charts.map((c) => (
          <ChartFigure key={c.title} chart={c} fileName={file} onDrawn={onDrawn} />
        ))}
      </div>

      <h2>{heading('各单位排名靠前与靠后情况')}</h2>
      <LeadersTable data={data} />

      <p className="sheet-note">
        说明：本简报由系统根据各单位报告中的数字生成，每个数字可点击查看原文出处。合计只计报告了该指标的单位；“未报送”表示未收到该单位本年度的报告，“未提及”表示报告已收到但未载明，均不等于0；比率取各单位中位数；✓
        表示已人工确认，✎ 表示已人工更正。
      </p>

      <section className="appendix">
        <h2>附表　各单位主要指标（{data.year}年）</h2>
        <AppendixTable data={data} />
      </section>
    </article>
  );
}

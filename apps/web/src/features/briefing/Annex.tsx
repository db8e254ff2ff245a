import type { Briefing } from '@fazhi/contract';
import { ChartFigure } from './ChartFigure.tsx';
import { SentenceText } from './Sentence.tsx';
import { AppendixTable } from './Tables.tsx';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

/**
 * What the one page leaves out, asked for with annex=1: every sentence by focus group and the other charts
 * (portrait, after the page), then every unit's figures on landscape pages.
 */
export function Annex({
  data,
  fileName,
  onDrawn,
}: {
  data: Briefing;
  fileName: string;
  onDrawn: () => void;
}) {
  return (
    <>
      <section className="annex-text">
        <h2>附件一　分项情况</h2>
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
        <div className="briefing-charts">
          {data.charts.slice(1).map((c) => (
            <ChartFigure key={c.title} chart={c} fileName={fileName} onDrawn={onDrawn} />
          ))}
        </div>
      </section>
      <section className="appendix">
        <h2>附件二　各单位主要指标（{data.year}年）</h2>
        <AppendixTable data={data} />
      </section>
    </>
  );
}

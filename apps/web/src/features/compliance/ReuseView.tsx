import type { ReuseSide } from '@fazhi/contract';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from '../../lib/router.tsx';
import { Empty, ErrorBox, Loading, QueryState } from '../../lib/states.tsx';
import { reportQuery } from '../report/query.ts';
import { textPieces } from './pieces.ts';
import { reuseQuery } from './query.ts';
import { formatShare } from './rows.ts';
import './compliance.css';

function SideText({ side, other }: { side: ReuseSide; other: ReuseSide }) {
  const report = useQuery(reportQuery(side.reportId));
  const text = report.data?.report.text ?? '';
  return (
    <article className="reuse-side" data-side={side.reportId}>
      <header>
        <h2>
          {side.unit} {side.year}年
        </h2>
        <p data-testid="reuse-share">
          <strong>{formatShare(side.share)}</strong> 的文字见于 {other.unit} {other.year}年报告
          <span className="muted meta-after">（共 {side.passages.length} 段）</span>
        </p>
        <Link to={`/reports/${side.reportId}`}>查看报告</Link>
      </header>
      {report.isPending ? (
        <Loading what="报告原文" />
      ) : report.isError ? (
        <ErrorBox error={report.error} retry={() => report.refetch()} />
      ) : (
        <div className="report-text reuse-text">
          {textPieces(text.length, side.passages).map((p) =>
            p.passage === null ? (
              text.slice(p.start, p.end)
            ) : (
              <mark key={p.start} className="shared" data-passage={p.passage} title="两份报告中相同的段落">
                {text.slice(p.start, p.end)}
              </mark>
            ),
          )}
        </div>
      )}
    </article>
  );
}

/** Two reports side by side, each with the passages it shares with the other highlighted. */
export default function ReuseView() {
  const { params } = useLocation();
  const report = Number(params.get('report'));
  const against = Number(params.get('against'));
  const valid = Number.isInteger(report) && report > 0 && Number.isInteger(against) && against > 0;
  const query = useQuery({ ...reuseQuery({ report, against }), enabled: valid });
  if (!valid) return <Empty>请从“报送与质量”页点击重复率打开两份报告的对比。</Empty>;
  return (
    <section className="view reuse-view" data-view="reuse">
      <QueryState query={query} what="相同段落">
        {() => {
          const d = query.data;
          if (!d) return null;
          return (
            <>
              <div className="view-head">
                <h1>
                  相同段落：{d.report.unit} {d.report.year}年 与 {d.against.unit} {d.against.year}年
                </h1>
              </div>
              {d.report.passages.length === 0 && <Empty>两份报告没有相同的段落（通用套话除外）。</Empty>}
              <div className="reuse-pair">
                <SideText side={d.report} other={d.against} />
                <SideText side={d.against} other={d.report} />
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

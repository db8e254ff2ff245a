import type { Fact } from '@fazhi/contract';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { CorrectLink } from '../../lib/CorrectLink.tsx';
import { FactHistory } from '../../lib/FactHistory.tsx';
import { formatDate, formatValue, STATUS_LABEL, UNIT_TYPE_LABEL } from '../../lib/format.ts';
import { indicatorsQuery } from '../../lib/queries.ts';
import { href, Link, setParams, useLocation } from '../../lib/router.tsx';
import { QueryState, SampleBadge } from '../../lib/states.tsx';
import { UnitChain } from '../../lib/UnitChain.tsx';
import { reportQuery } from './query.ts';
import { ReportText } from './ReportText.tsx';
import { UnreadList } from './UnreadList.tsx';

/** A report's text with every extracted fact highlighted, and the list of facts beside it. */
export default function ReportView({ id }: { id: number }) {
  const query = useQuery(reportQuery(id));
  const catalog = useQuery(indicatorsQuery());
  const { params } = useLocation();
  const facts = params.get('facts') ?? '';
  const unreadFocus = Number(params.get('unread')) || null;
  const focus = useMemo(
    () =>
      facts
        .split(',')
        .map(Number)
        .filter((n) => n > 0),
    [facts],
  );
  const labels = useMemo(
    () => new Map(catalog.data?.groups.flatMap((g) => g.indicators.map((i) => [i.key, i] as const)) ?? []),
    [catalog.data],
  );
  const labelOf = useCallback(
    (f: Fact) => {
      const i = labels.get(f.key);
      return { label: i?.label ?? f.key, unit: i?.unit ?? '' };
    },
    [labels],
  );

  return (
    <section className="view" data-view="report">
      <QueryState query={query} what="报告">
        {() => {
          const d = query.data;
          if (!d) return null;
          const r = d.report;
          const sorted = [...d.facts].sort((a, b) => (a.spanStart ?? 1e9) - (b.spanStart ?? 1e9));
          return (
            <>
              <div className="view-head">
                <h1>
                  {r.year}年 <Link to={`/units/${r.unit.id}`}>{r.unit.name}</Link>{' '}
                  <span className="muted">{UNIT_TYPE_LABEL[r.unit.type]}</span>{' '}
                  <SampleBadge show={r.sample} />
                </h1>
              </div>
              <UnitChain chain={r.unit.chain} />
              <p className="summary-line">{r.title ?? r.sourceName}</p>
              <p className="summary-line meta muted">
                <span>县区：{r.county?.name ?? '待指定'}</span>
                <span>签发：{formatDate(r.signedDate)}</span>
                <span>
                  文件：{r.sourceName}（{r.format}）
                </span>
                <span>导入：{formatDate(r.ingestedAt)}</span>
                <span>提取器 {r.extractorVersion}</span>
              </p>
              {d.flags.length > 0 && (
                <ul className="flags">
                  {d.flags.map((f, i) => (
                    <li key={`${f.type}-${i}`}>⚠ {f.message}</li>
                  ))}
                </ul>
              )}
              <div className="report-layout">
                <ReportText
                  text={r.text}
                  facts={d.facts}
                  focus={focus}
                  labelOf={labelOf}
                  unread={d.unread}
                  focusUnread={unreadFocus}
                />
                <aside className="fact-list" aria-label="提取的指标">
                  <h2>提取的指标（{d.facts.length}）</h2>
                  <ol>
                    {sorted.map((f) => {
                      const { label, unit } = labelOf(f);
                      return (
                        <li
                          key={f.id}
                          className={`${focus.includes(f.id) ? 'focus' : ''} status-${f.status}`}
                          data-fact-id={f.id}
                        >
                          <button
                            type="button"
                            onClick={() => setParams({ facts: String(f.id), unread: null })}
                          >
                            <span className="fact-label">{label}</span>
                            <strong>{formatValue(f.value, f.qualifier, unit)}</strong>
                            {f.year !== r.year && <span className="badge">{f.year}年</span>}
                            {f.status !== 'auto' && <span className="badge">{STATUS_LABEL[f.status]}</span>}
                            {f.spanStart === null && <span className="muted">（原句不在此版本中）</span>}
                          </button>
                          <CorrectLink factIds={[f.id]} county={r.county?.name} />
                        </li>
                      );
                    })}
                  </ol>
                  <UnreadList
                    unread={d.unread}
                    focus={unreadFocus}
                    unitId={r.unit.id}
                    county={r.county?.name}
                  />
                  {focus[0] !== undefined && d.facts.some((f) => f.id === focus[0]) && (
                    <>
                      <h3>所选数字的修改记录</h3>
                      <FactHistory id={focus[0]} />
                    </>
                  )}
                  <p className="muted">
                    <Link to={href('/', { county: r.county?.name })}>返回总览</Link>
                  </p>
                </aside>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

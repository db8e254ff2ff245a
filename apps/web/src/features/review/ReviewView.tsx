import type { ReviewEntry } from '@fazhi/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { indicatorsQuery } from '../../lib/queries.ts';
import { setParams, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { Empty, QueryState, SampleBadge } from '../../lib/states.tsx';
import { reportQuery } from '../report/query.ts';
import { ReportText } from '../report/ReportText.tsx';
import { DecisionPanel, type Mode } from './DecisionPanel.tsx';
import { refreshAfterWrite, reviewQuery } from './query.ts';

const LIMIT = 100;
const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);

/** The review queue: one figure at a time beside its report, decided with the keyboard. */
export default function ReviewView() {
  const { county } = useScope();
  const { params } = useLocation();
  const client = useQueryClient();
  const queue = useQuery(reviewQuery({ county, limit: LIMIT }));
  const catalog = useQuery(indicatorsQuery());
  const items = queue.data?.items ?? [];
  const asked = Number(params.get('fact'));
  const index = Math.max(
    0,
    items.findIndex((i) => i.fact.id === asked),
  );
  const item: ReviewEntry | undefined = items[index];
  const report = useQuery({ ...reportQuery(item?.report.id ?? 0), enabled: item !== undefined });
  const [mode, setMode] = useState<Mode>('idle');

  const go = useCallback(
    (to: number) => {
      const next = items[Math.min(Math.max(to, 0), items.length - 1)];
      setMode('idle');
      if (next) setParams({ fact: next.fact.id });
    },
    [items],
  );
  // the next figure's report is fetched while this one is being read, so it opens at once
  useEffect(() => {
    const next = items[index + 1];
    if (next) void client.prefetchQuery(reportQuery(next.report.id));
  }, [client, items, index]);

  const labels = useMemo(
    () =>
      new Map(
        catalog.data?.groups.flatMap((g) => g.indicators.map((i) => [i.key as string, i] as const)) ?? [],
      ),
    [catalog.data],
  );
  const labelOf = useCallback(
    (key: string) => ({ label: labels.get(key)?.label ?? key, unit: labels.get(key)?.unit ?? '' }),
    [labels],
  );

  const onDecided = useCallback(() => {
    const next = items[index + 1] ?? items[index - 1];
    setMode('idle');
    setParams({ fact: next?.fact.id ?? null });
    void refreshAfterWrite(client);
  }, [client, items, index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.metaKey || e.ctrlKey || e.altKey || !item) return;
      const k = e.key.toLowerCase();
      const act: Record<string, () => void> = {
        c: () => setMode('correct'),
        r: () => setMode('reject'),
        a: () => setMode('add'),
        j: () => go(index + 1),
        arrowdown: () => go(index + 1),
        k: () => go(index - 1),
        arrowup: () => go(index - 1),
        escape: () => setMode('idle'),
      };
      if (k === 'y' || k === 'enter')
        document.querySelector<HTMLButtonElement>('.decision-buttons .primary')?.click();
      else if (act[k]) act[k]();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, item]);

  return (
    <section className="view" data-view="review">
      <div className="view-head">
        <h1>
          审核 {county} <SampleBadge show={item?.report.unit.sample ?? false} />
        </h1>
        <span className="muted">
          待审核 {queue.data?.total ?? '…'} 条；按提示、变化、约数、重点指标排序。快捷键：Y 确认 · C 更正 · R
          驳回 · A 补录 · J/K 下一条/上一条
        </span>
      </div>
      <QueryState query={queue} what="审核队列">
        {() =>
          !item ? (
            <Empty>没有待审核的数字：本县区的每个数字都已有人看过。</Empty>
          ) : (
            <div className="review-layout">
              <div>
                <DecisionPanel
                  key={item.fact.id}
                  item={item}
                  reportText={report.data?.report.text ?? ''}
                  labelOf={labelOf}
                  mode={mode}
                  setMode={setMode}
                  onDecided={onDecided}
                />
                <ol className="queue" aria-label="审核队列">
                  {items.map((i, n) => (
                    <li key={i.fact.id} className={n === index ? 'current' : ''}>
                      <button type="button" className="queue-item" onClick={() => go(n)}>
                        {i.report.unit.name} {i.fact.year} · {labelOf(i.fact.key).label} {i.fact.value}
                      </button>
                    </li>
                  ))}
                </ol>
              </div>
              <QueryState query={report} what="报告原文">
                {() =>
                  report.data && (
                    <ReportText
                      text={report.data.report.text}
                      facts={report.data.facts}
                      focus={[item.fact.id]}
                      labelOf={(f) => labelOf(f.key)}
                    />
                  )
                }
              </QueryState>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

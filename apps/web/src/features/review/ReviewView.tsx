import type { ReviewEntry } from '@fazhi/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { factQuery, indicatorsQuery } from '../../lib/queries.ts';
import { setParams, useLocation } from '../../lib/router.tsx';
import { useScope } from '../../lib/scope.ts';
import { Empty, ErrorBox, Loading, QueryState, SampleBadge } from '../../lib/states.tsx';
import { reportQuery } from '../report/query.ts';
import { ReportText } from '../report/ReportText.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { QueueFilters } from './QueueFilters.tsx';
import { readQueueFilter, refreshAfterWrite, reviewQuery } from './query.ts';
import { UnreadQueue, UnreadReview } from './UnreadReview.tsx';

const LIMIT = 100;

/**
 * The review queue: one figure at a time beside its report, decided with the keyboard. `?fact=N` opens
 * exactly figure N, loaded by its id, whether or not the queue (this page of it, this county) holds it.
 * `?unread=N` opens figure N of the figures no rule read (未识别的数字), which are added as facts; they are
 * also shown when no fact waits.
 */
export default function ReviewView() {
  const scope = useScope();
  const { params } = useLocation();
  const client = useQueryClient();
  const filter = readQueueFilter(params);
  const queue = useQuery(reviewQuery({ county: scope.county, ...filter, limit: LIMIT }));
  const catalog = useQuery(indicatorsQuery());
  const items = queue.data?.items ?? [];
  const asked = params.get('fact');
  const askedId = asked === null ? null : Number(asked);
  const badLink = askedId !== null && !(Number.isInteger(askedId) && askedId > 0);
  const unreadItems = queue.data?.unread.items ?? [];
  const unreadAsked = params.get('unread');
  const unreadMode =
    unreadAsked !== null ||
    (askedId === null && queue.isSuccess && items.length === 0 && unreadItems.length > 0);
  const id = askedId ?? items[0]?.fact.id ?? null;
  const shown = useQuery({ ...factQuery(id ?? 0), enabled: id !== null && !badLink && !unreadMode });
  const fact = shown.data?.fact;
  const report = useQuery({ ...reportQuery(fact?.reportId ?? 0), enabled: fact !== undefined });
  const index = items.findIndex((i) => i.fact.id === id);

  const go = useCallback(
    (step: 1 | -1) => {
      // a figure opened from outside the queue moves on to the queue's first
      const next = index < 0 ? items[0] : items[Math.min(Math.max(index + step, 0), items.length - 1)];
      if (next) setParams({ fact: next.fact.id });
    },
    [items, index],
  );
  // the next figure and its report are fetched while this one is being read, so it opens at once
  useEffect(() => {
    const next = items[index + 1];
    if (!next) return;
    void client.prefetchQuery(factQuery(next.fact.id));
    void client.prefetchQuery(reportQuery(next.report.id));
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

  // a figure from the queue: open the next one; a figure opened by its id elsewhere: stay, its new state shown
  const onDecided = useCallback(() => {
    if (index >= 0) setParams({ fact: (items[index + 1] ?? items[index - 1])?.fact.id ?? null });
    void refreshAfterWrite(client);
  }, [client, items, index]);

  const figure = () => {
    if (badLink) return <ErrorBox error={new Error(`链接中的数字编号“${asked}”无效，应为正整数`)} />;
    if (id === null) {
      if (queue.isPending) return <Loading what="审核队列" />;
      if (queue.isError) return null;
      const where = filter.unit || filter.indicator || filter.year ? '筛选条件下' : '本县区';
      return <Empty>没有待审核的数字：{where}的每个数字都已有人看过。</Empty>;
    }
    return (
      <QueryState query={shown} what="数字">
        {() => (
          <QueryState query={report} what="报告原文">
            {() =>
              fact &&
              report.data && (
                <div className="review-layout">
                  <div>
                    <DecisionPanel
                      key={fact.id}
                      fact={fact}
                      report={report.data.report}
                      reasons={items[index]?.reasons ?? []}
                      beside={items[index]?.beside ?? []}
                      labelOf={labelOf}
                      onDecided={onDecided}
                      onMove={go}
                    />
                    <Queue items={items} current={id} labelOf={labelOf} />
                    <UnreadQueue entries={unreadItems} current={null} />
                  </div>
                  <ReportText
                    text={report.data.report.text}
                    facts={report.data.facts}
                    focus={[fact.id]}
                    labelOf={(f) => labelOf(f.key)}
                  />
                </div>
              )
            }
          </QueryState>
        )}
      </QueryState>
    );
  };

  return (
    <section className="view" data-view="review">
      <div className="view-head">
        <h1>
          审核 {scope.county} <SampleBadge show={report.data?.report.sample ?? false} />
        </h1>
        <span className="muted">
          待审核 {queue.data?.total ?? '…'} 条；按提示、变化、约数、重点指标排序。快捷键：Y 确认 · C
          更正（光标进入数值框）· R 驳回 · A 补录 · 表单中 Enter 保存、Esc 取消 · J/K 下一条/上一条。
          未识别的数字 {queue.data?.unread.total ?? '…'} 条（不计入数值，可补录为指标）
        </span>
      </div>
      <QueueFilters county={scope.county} years={scope.years} filter={filter} />
      {queue.isError && <ErrorBox error={queue.error} retry={() => queue.refetch()} />}
      {unreadMode ? (
        <UnreadReview
          id={unreadAsked === null ? (unreadItems[0]?.figure.id ?? null) : Number(unreadAsked)}
          entries={unreadItems}
          loading={queue.isPending}
          labelOf={labelOf}
          factQueue={<Queue items={items} current={null} labelOf={labelOf} />}
        />
      ) : (
        figure()
      )}
    </section>
  );
}

/** The queue's figures; the one shown is marked (none is, for a figure opened from outside the queue). */
function Queue({
  items,
  current,
  labelOf,
}: {
  items: readonly ReviewEntry[];
  current: number | null;
  labelOf: (key: string) => { label: string };
}) {
  if (items.length === 0) return null;
  return (
    <ol className="queue" aria-label="审核队列">
      {items.map((i) => (
        <li key={i.fact.id} className={i.fact.id === current ? 'current' : ''}>
          <button
            type="button"
            className="queue-item"
            onClick={() => setParams({ fact: i.fact.id, unread: null })}
          >
            {i.report.unit.name} {i.fact.year} · {labelOf(i.fact.key).label} {i.fact.value}
          </button>
        </li>
      ))}
    </ol>
  );
}

import type { Fact, UnreadEntry } from '@fazhi/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useState } from 'react';
import { formatValue } from '../../lib/format.ts';
import { setParams } from '../../lib/router.tsx';
import { Empty, ErrorBox, Loading, QueryState } from '../../lib/states.tsx';
import { reportQuery } from '../report/query.ts';
import { ReportText } from '../report/ReportText.tsx';
import { refreshAfterWrite } from './query.ts';
import { UnreadPanel } from './UnreadPanel.tsx';

interface Props {
  /** the figure asked for (?unread=N), or the queue's first */
  id: number | null;
  entries: readonly UnreadEntry[];
  loading: boolean;
  labelOf: (key: string) => { label: string; unit: string };
  /** the fact queue's list, shown beside this one */
  factQueue: ReactNode;
}

/** 审核 of the figures no rule read: one at a time beside its report, added as facts with A and Enter. */
export function UnreadReview({ id, entries, loading, labelOf, factQueue }: Props) {
  const client = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const index = entries.findIndex((e) => e.figure.id === id);
  const entry = entries[index];
  const report = useQuery({ ...reportQuery(entry?.report.id ?? 0), enabled: entry !== undefined });
  const go = useCallback(
    (step: 1 | -1) => {
      const next = index < 0 ? entries[0] : entries[Math.min(Math.max(index + step, 0), entries.length - 1)];
      if (next) setParams({ unread: next.figure.id, fact: null });
    },
    [entries, index],
  );
  const onAdded = (f: Fact) => {
    const { label, unit } = labelOf(f.key);
    setSaved(`已补录：${label} ${formatValue(f.value, f.qualifier, unit)}（现计入数值）`);
    setParams({ unread: (entries[index + 1] ?? entries[index - 1])?.figure.id ?? null, fact: null });
    void refreshAfterWrite(client);
  };

  const lists = (
    <>
      {saved && (
        <div className="state-inline saved" role="status">
          {saved}
        </div>
      )}
      {factQueue}
      <UnreadQueue entries={entries} current={id} />
    </>
  );
  if (id !== null && !(Number.isInteger(id) && id > 0))
    return <ErrorBox error={new Error('链接中的未识别数字编号无效，应为正整数')} />;
  if (!entry) {
    if (loading) return <Loading what="未识别的数字" />;
    return (
      <div className="review-layout">
        <div>
          <Empty>
            {id === null ? '没有未识别的数字。' : `未识别的数字 ${id} 已补录为指标，或不在当前队列中。`}
          </Empty>
          {lists}
        </div>
      </div>
    );
  }
  return (
    <QueryState query={report} what="报告原文">
      {() =>
        report.data && (
          <div className="review-layout">
            <div>
              <UnreadPanel key={entry.figure.id} entry={entry} onAdded={onAdded} onMove={go} />
              {lists}
            </div>
            <ReportText
              text={report.data.report.text}
              facts={report.data.facts}
              focus={[]}
              labelOf={(f) => labelOf(f.key)}
              unread={report.data.unread}
              focusUnread={entry.figure.id}
            />
          </div>
        )
      }
    </QueryState>
  );
}

/** The figures no rule read, in the queue's order; the one shown is marked. */
export function UnreadQueue({
  entries,
  current,
}: {
  entries: readonly UnreadEntry[];
  current: number | null;
}) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>未识别的数字（按 A 补录为指标）</h3>
      <ol className="queue unread-queue" aria-label="未识别的数字">
        {entries.map((e) => (
          <li key={e.figure.id} className={e.figure.id === current ? 'current' : ''}>
            <button
              type="button"
              className="queue-item"
              data-unread-id={e.figure.id}
              onClick={() => setParams({ unread: e.figure.id, fact: null })}
            >
              {e.report.unit.name} {e.report.year} ·{' '}
              {formatValue(e.figure.value, e.figure.qualifier, e.figure.measure)}{' '}
              <span className="muted">{e.figure.evidence}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}

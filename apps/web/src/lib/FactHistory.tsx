import { useQuery } from '@tanstack/react-query';
import { formatDateTime, STATUS_LABEL } from './format.ts';
import { factQuery } from './queries.ts';

const ACTION_LABEL: Record<string, string> = {
  confirm: '确认',
  correct: '更正',
  reject: '驳回',
  add: '补录',
  carry: '随新版本报告保留',
};

type Snapshot = { value?: number; status?: string } | null;
const describe = (s: Snapshot) =>
  s ? `${s.value ?? ''}${s.status ? `（${STATUS_LABEL[s.status] ?? s.status}）` : ''}` : '—';

/** Who changed a figure, when, from what to what, and why. */
export function FactHistory({ id }: { id: number }) {
  const q = useQuery(factQuery(id));
  const audit = q.data?.audit ?? [];
  if (q.isPending) return <p className="muted small">正在加载修改记录…</p>;
  if (audit.length === 0)
    return <p className="muted small">尚无人工修改记录（{STATUS_LABEL[q.data?.fact.status ?? 'auto']}）。</p>;
  return (
    <ol className="history" data-testid="fact-history">
      {audit.map((a) => (
        <li key={a.id}>
          <span className="muted">{formatDateTime(a.at)}</span> {a.actor} {ACTION_LABEL[a.action] ?? a.action}
          ：{describe(a.before as Snapshot)} → {describe(a.after as Snapshot)}
          {a.reason && <span className="muted">　理由：{a.reason}</span>}
        </li>
      ))}
    </ol>
  );
}

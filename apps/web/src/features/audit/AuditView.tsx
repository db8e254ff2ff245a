import type { AuditList } from '@fazhi/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { href, setParams, useLocation } from '../../lib/router.tsx';
import { Empty, QueryState } from '../../lib/states.tsx';
import { brief } from './brief.ts';

type Filter = { entity?: string; actor?: string; action?: string; from?: string; to?: string; page: number };

export const auditQuery = (f: Filter) =>
  queryOptions({
    queryKey: ['audit', f],
    queryFn: ({ signal }) => getJson<AuditList>(href('/api/audit', { ...f, size: 50 }), signal),
  });

const ENTITY = {
  fact: '指标数字',
  unit: '单位',
  region: '县区',
  user: '账户',
  submission: '报送情况',
  deadline: '报送期限',
} as const;
const ACTION: Record<string, string> = {
  confirm: '确认',
  correct: '更正',
  reject: '驳回',
  add: '补录',
  carry: '随新版本保留',
  assign_county: '指定县区',
  rename: '改名',
  merge: '合并单位',
  attributes: '人口与行政村',
  region_add: '新增县区',
  user_add: '新建账户',
  user_update: '修改账户',
  user_password: '重设密码',
};

/** Every change anyone made, newest first, with filters in the URL. */
export default function AuditView() {
  const { params } = useLocation();
  const f: Filter = {
    entity: params.get('entity') ?? undefined,
    actor: params.get('actor') ?? undefined,
    action: params.get('action') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    page: Number(params.get('page') ?? 1) || 1,
  };
  const q = useQuery(auditQuery(f));
  const set = (k: keyof Filter, v: string) => setParams({ [k]: v || null, page: null });
  return (
    <section className="view" data-view="audit">
      <h1>修改记录</h1>
      <div className="controls">
        <FilterSelect label="对象" value={f.entity} options={ENTITY} onChange={(v) => set('entity', v)} />
        <FilterSelect label="操作" value={f.action} options={ACTION} onChange={(v) => set('action', v)} />
        <label>
          操作人
          <input
            defaultValue={f.actor ?? ''}
            onBlur={(e) => set('actor', e.target.value.trim())}
            placeholder="姓名或用户名"
          />
        </label>
        <label>
          从
          <input type="date" value={f.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          到
          <input type="date" value={f.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
      </div>
      <QueryState query={q} what="修改记录">
        {() => {
          const d = q.data;
          if (!d || d.entries.length === 0) return <Empty>没有符合条件的修改记录。</Empty>;
          const pages = Math.max(1, Math.ceil(d.total / d.size));
          return (
            <>
              <div className="table-wrap">
                <table className="data audit-table" data-testid="audit-table">
                  <thead>
                    <tr>
                      <th scope="col">时间</th>
                      <th scope="col">操作人</th>
                      <th scope="col">操作</th>
                      <th scope="col">对象</th>
                      <th scope="col">修改前</th>
                      <th scope="col">修改后</th>
                      <th scope="col">理由</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.entries.map((e) => (
                      <tr key={e.id} data-action={e.action}>
                        <td className="nowrap">{formatDateTime(e.at)}</td>
                        <td>{e.actor}</td>
                        <td>{ACTION[e.action] ?? e.action}</td>
                        <td>
                          <span className="muted small">{ENTITY[e.entity]}</span> {e.subject}
                        </td>
                        <td>{brief(e.before)}</td>
                        <td>{brief(e.after)}</td>
                        <td>{e.reason ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="summary-line">
                共 {d.total} 条，第 {d.page}/{pages} 页{' '}
                <button type="button" disabled={d.page <= 1} onClick={() => setParams({ page: d.page - 1 })}>
                  上一页
                </button>{' '}
                <button
                  type="button"
                  disabled={d.page >= pages}
                  onClick={() => setParams({ page: d.page + 1 })}
                >
                  下一页
                </button>
              </p>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

/** A filter over a fixed list of codes with Chinese names; 全部 clears it. */
function FilterSelect(p: {
  label: string;
  value: string | null | undefined;
  options: Record<string, string>;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {p.label}
      <select value={p.value ?? ''} onChange={(e) => p.onChange(e.target.value)}>
        <option value="">全部</option>
        {Object.entries(p.options).map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

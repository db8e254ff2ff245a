import { emptyYearText } from '@fazhi/catalog/wording';
import type { ReactNode } from 'react';
import { errorMessage, RequestError } from './api.ts';
import { Link } from './router.tsx';

export function Loading({ what = '数据' }: { what?: string }) {
  return (
    <div className="state loading" role="status">
      正在加载{what}…
    </div>
  );
}

export function ErrorBox({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="state error" role="alert">
      出错了：{errorMessage(error)}
      {retry && !(error instanceof RequestError && error.status >= 400 && error.status < 500) && (
        <button type="button" onClick={retry}>
          重试
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state empty">{children}</div>;
}

/** No report stored yet: say where to put one. */
export function NoReports() {
  return (
    <Empty>
      还没有任何报告。请先在<Link to="/upload">“上传”页</Link>导入报告。
    </Empty>
  );
}

/**
 * A year in which no unit of the scope shown has a report: said once, instead of every unit as 未报送, with
 * where to add them.
 */
export function EmptyYear({ year }: { year: number }) {
  return (
    <div className="state empty" data-testid="empty-year">
      {emptyYearText(year)}。可在<Link to="/upload">“上传”页</Link>导入该年度的报告。
    </div>
  );
}

/** Shown wherever sample data is on screen, so it is never mistaken for a real county's figures. */
export function SampleBadge({ show = true }: { show?: boolean }) {
  if (!show) return null;
  return (
    <span className="badge sample" title="由程序生成的示例报告，不是真实数据">
      示例数据
    </span>
  );
}

interface QueryLike {
  status: 'pending' | 'error' | 'success';
  error: unknown;
  refetch: () => unknown;
}

/** The loading and error states of a query; children render only with data. */
export function QueryState({
  query,
  what,
  children,
}: {
  query: QueryLike;
  what?: string;
  children: () => ReactNode;
}) {
  if (query.status === 'pending') return <Loading {...(what ? { what } : {})} />;
  if (query.status === 'error') return <ErrorBox error={query.error} retry={() => query.refetch()} />;
  return <>{children()}</>;
}

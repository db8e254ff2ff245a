import type { ChartClick } from './EChart.tsx';
import { statusMark, VALUE_STATUS_LABEL } from './format.ts';
import { Link, navigate } from './router.tsx';

/** Where a figure came from: opens the report at the sentence (the first fact's report). */
export const evidenceHref = (factIds: readonly number[]) => `/evidence?facts=${factIds.join(',')}`;

/** A figure that opens its sentence when clicked; a figure without facts is plain text. */
export function EvidenceLink({
  factIds,
  children,
  className,
  status,
}: {
  factIds: readonly number[];
  children: React.ReactNode;
  className?: string;
  /** the value's review state: reviewed values carry a mark */
  status?: string | null;
}) {
  const mark = statusMark(status);
  const badge = mark && (
    <span className={`status-mark status-${status}`} title={VALUE_STATUS_LABEL[status ?? ''] ?? ''}>
      {mark}
    </span>
  );
  if (factIds.length === 0)
    return (
      <span className={className}>
        {children}
        {badge}
      </span>
    );
  return (
    <>
      <Link to={evidenceHref(factIds)} className={`evidence ${className ?? ''}`} title="查看原文出处">
        {children}
      </Link>
      {badge}
    </>
  );
}

/** A click on a chart point whose data carries `factIds` opens its sentence; other points do nothing. */
export function openChartPoint(e: ChartClick) {
  const ids = (e.data as { factIds?: number[] } | undefined)?.factIds;
  if (ids && ids.length > 0) navigate(evidenceHref(ids));
}

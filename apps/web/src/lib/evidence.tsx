import type { ChartClick } from './EChart.tsx';
import { Link, navigate } from './router.tsx';

/** Where a figure came from: opens the report at the sentence (the first fact's report). */
export const evidenceHref = (factIds: readonly number[]) => `/evidence?facts=${factIds.join(',')}`;

/** A figure that opens its sentence when clicked; a figure without facts is plain text. */
export function EvidenceLink({
  factIds,
  children,
  className,
}: {
  factIds: readonly number[];
  children: React.ReactNode;
  className?: string;
}) {
  if (factIds.length === 0) return <span className={className}>{children}</span>;
  return (
    <Link to={evidenceHref(factIds)} className={`evidence ${className ?? ''}`} title="查看原文出处">
      {children}
    </Link>
  );
}

/** A click on a chart point whose data carries `factIds` opens its sentence; other points do nothing. */
export function openChartPoint(e: ChartClick) {
  const ids = (e.data as { factIds?: number[] } | undefined)?.factIds;
  if (ids && ids.length > 0) navigate(evidenceHref(ids));
}

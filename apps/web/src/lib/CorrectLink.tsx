import { href, Link } from './router.tsx';
import { useSession } from './session.ts';

/** Where one exact figure opens for review (the county keeps the queue beside it the figure's own). */
export const correctHref = (factId: number, county?: string | null) =>
  href('/review', { county, fact: factId });

/**
 * “更正此数字” for editors and admins: opens this exact figure in 审核. A value that rests on several
 * figures opens the first; the others are each in the report view's list. Viewers and anonymous readers
 * see nothing.
 */
export function CorrectLink({
  factIds,
  county,
  short = false,
}: {
  factIds: readonly number[];
  county?: string | null | undefined;
  /** “更正” in a crowded table; its name stays “更正此数字” */
  short?: boolean;
}) {
  const { canEdit } = useSession();
  const first = factIds[0];
  if (!canEdit || first === undefined) return null;
  const title =
    factIds.length > 1
      ? `此数由 ${factIds.length} 个数字合成：打开第一个，其余可在报告原文页逐个更正`
      : '在审核页更正此数字';
  return (
    <Link
      to={correctHref(first, county)}
      className="correct-link"
      aria-label="更正此数字"
      title={title}
      data-fact-id={first}
    >
      {short ? '更正' : '更正此数字'}
    </Link>
  );
}

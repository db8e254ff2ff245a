import type { Unread } from '@fazhi/contract';
import { formatValue } from '../../lib/format.ts';
import { href, Link, setParams } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.ts';

/** Where one unread figure opens for review, with its unit's queue beside it. */
export const addUnreadHref = (u: Unread, unitId: number, county?: string | null) =>
  href('/review', { county, unit: unitId, unread: u.id });

/**
 * A report's 未识别的数字: figures no rule read as an indicator. Not counted anywhere; editors open one in
 * 审核 to add it as a fact (补录为指标).
 */
export function UnreadList({
  unread,
  focus,
  unitId,
  county,
}: {
  unread: readonly Unread[];
  focus: number | null;
  unitId: number;
  county?: string | null | undefined;
}) {
  const { canEdit } = useSession();
  if (unread.length === 0) return null;
  return (
    <section className="unread-list" aria-label="未识别的数字">
      <h2>未识别的数字（{unread.length}）</h2>
      <p className="muted small">
        引擎没有把这些数字读成任何指标，不计入数值{canEdit ? '；可补录为指标' : ''}。
      </p>
      <ol>
        {unread.map((u) => (
          <li key={u.id} className={u.id === focus ? 'focus' : ''} data-unread-id={u.id}>
            <button type="button" onClick={() => setParams({ unread: u.id, facts: null })}>
              <strong>{formatValue(u.value, u.qualifier, u.measure)}</strong>{' '}
              <span className="muted">{u.evidence}</span>
            </button>
            {canEdit && (
              <Link to={addUnreadHref(u, unitId, county)} className="correct-link" data-unread-id={u.id}>
                补录为指标
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

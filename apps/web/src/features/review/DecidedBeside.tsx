import type { Fact } from '@fazhi/contract';
import { formatValue, STATUS_LABEL } from '../../lib/format.ts';

/** A pending figure's context: what people already decided for the same indicator and year. */
export function DecidedBeside({ facts, unit }: { facts: readonly Fact[]; unit: string }) {
  if (facts.length === 0) return null;
  return (
    <div className="decided-beside" data-testid="decided-beside">
      <div className="muted small">此前的人工审核结果（仍然有效）：</div>
      <ul>
        {facts.map((d) => (
          <li key={d.id}>
            {STATUS_LABEL[d.status]} {formatValue(d.value, d.qualifier, unit)}
            <span className="muted small">　原句：{d.evidence}</span>
          </li>
        ))}
      </ul>
      <div className="muted small">确认（Y）则新数字与上述结果一并计入；驳回（R）则保留上述结果。</div>
    </div>
  );
}

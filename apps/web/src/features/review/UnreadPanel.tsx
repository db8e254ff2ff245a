import type { Fact, UnreadEntry } from '@fazhi/contract';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { formatValue } from '../../lib/format.ts';
import { useReviewKeys } from './keys.ts';
import { addFact } from './query.ts';
import { UnreadForm } from './UnreadForm.tsx';

interface Props {
  entry: UnreadEntry;
  /** the figure was added as a fact */
  onAdded: (fact: Fact) => void;
  onMove: (step: 1 | -1) => void;
}

/** One 未识别的数字 beside its report: A opens the indicator picker, Enter adds it as a fact. */
export function UnreadPanel({ entry, onAdded, onMove }: Props) {
  const { figure, report } = entry;
  const [open, setOpen] = useState(false);
  const add = useMutation({ mutationFn: addFact, onSuccess: onAdded });
  useReviewKeys(open, {
    add: () => setOpen(true),
    next: () => add.isPending || onMove(1),
    previous: () => add.isPending || onMove(-1),
    close: () => setOpen(false),
  });

  return (
    <div className="decision" data-testid="unread-decision" data-unread-id={figure.id}>
      <div className="decision-fact">
        <div className="muted small">
          {report.county?.name ?? '待指定县区'} · {report.unit.name} · {report.year}年报告
        </div>
        <div className="decision-label">未识别的数字</div>
        <div className="unread-figure" data-testid="unread-value">
          {formatValue(figure.value, figure.qualifier, figure.measure)}
        </div>
        <p className="small">「{figure.evidence}」</p>
        <p className="small muted">
          没有规则把这个数字读成指标，它不计入任何数值。若它是指标，按 A 选择指标补录。
        </p>
      </div>
      <div className="decision-buttons">
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          补录为指标 <kbd>A</kbd>
        </button>
      </div>
      {open && (
        <UnreadForm
          figure={figure}
          year={report.year}
          pending={add.isPending}
          onSave={(f) => add.isPending || add.mutate(f)}
          onCancel={() => setOpen(false)}
        />
      )}
      {add.error && (
        <div className="state error" role="alert">
          {errorMessage(add.error)}
        </div>
      )}
    </div>
  );
}

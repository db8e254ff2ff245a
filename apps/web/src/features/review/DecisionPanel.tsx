import type { Fact, ReviewEntry } from '@fazhi/contract';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { FactHistory } from '../../lib/FactHistory.tsx';
import { formatValue, STATUS_LABEL } from '../../lib/format.ts';
import { DecidedBeside } from './DecidedBeside.tsx';
import { DecisionForm, type FormMode, type Saving } from './DecisionForm.tsx';
import { useReviewKeys } from './keys.ts';
import { addFact, type Decision, decideFact } from './query.ts';

/** The figure's report, as much of it as the panel needs. */
export interface ShownReport {
  id: number;
  year: number;
  text: string;
  unit: ReviewEntry['report']['unit'];
  county: { name: string } | null;
}

interface Props {
  fact: Fact;
  report: ShownReport;
  /** why the queue asks about it; none for a figure opened by its id outside the queue */
  reasons: ReviewEntry['reasons'];
  /** for a figure waiting beside a person's decision: that decision */
  beside: readonly Fact[];
  labelOf: (key: string) => { label: string; unit: string };
  /** the figure shown was decided (not after an addition, which leaves it undecided) */
  onDecided: () => void;
  onMove: (step: 1 | -1) => void;
}

/** Confirm (Y), correct (C), reject (R) or add (A) a figure; forms save with Enter and close with Esc. */
export function DecisionPanel({ fact, report, reasons, beside, labelOf, onDecided, onMove }: Props) {
  const { label, unit } = labelOf(fact.key);
  const [mode, setMode] = useState<FormMode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const saved = (text: string) => {
    setMode(null);
    setNotice(text);
  };
  const decide = useMutation({
    // the id is the figure on screen: the panel is keyed by it, so another figure gets another panel
    mutationFn: (d: Decision) => decideFact(fact.id, d),
    onSuccess: (f) => {
      saved(`已保存：${STATUS_LABEL[f.status]} ${formatValue(f.value, f.qualifier, unit)}`);
      onDecided();
    },
  });
  const add = useMutation({
    mutationFn: addFact,
    onSuccess: (f) =>
      saved(`已补录：${labelOf(f.key).label} ${formatValue(f.value, f.qualifier, labelOf(f.key).unit)}`),
  });
  const pending = decide.isPending || add.isPending;
  const save = (s: Saving) => {
    if (pending) return;
    if ('decision' in s) decide.mutate(s.decision);
    else add.mutate(s.addition);
  };
  const open = (m: FormMode) => () => {
    setNotice(null);
    setMode(m);
  };
  const confirm = () => save({ decision: { action: 'confirm' } });
  useReviewKeys(mode !== null, {
    confirm,
    correct: open('correct'),
    reject: open('reject'),
    add: open('add'),
    // not while a decision is being saved: its answer moves on from this figure
    next: () => pending || onMove(1),
    previous: () => pending || onMove(-1),
    close: () => setMode(null),
  });
  const error = decide.error ?? add.error;

  return (
    <div className="decision" data-testid="decision" data-fact-id={fact.id}>
      <div className="decision-fact">
        <div className="muted small">
          {report.county?.name ?? '待指定县区'} · {report.unit.name} · {fact.year}年
          {fact.year !== report.year && `（${report.year}年报告）`}
        </div>
        <div className="decision-label">{label}</div>
        <div className="decision-value" data-testid="current-value">
          {formatValue(fact.value, fact.qualifier, unit)}
        </div>
        {fact.status !== 'auto' && (
          <p className="small" data-testid="fact-status">
            {STATUS_LABEL[fact.status]}：已有人审核过，仍可更正或驳回（见下方修改记录）
          </p>
        )}
        <ul className="reasons">
          {reasons.map((r) => (
            <li key={r.code + r.label} className={`reason-${r.code}`}>
              {r.label}
            </li>
          ))}
        </ul>
        <DecidedBeside facts={beside} unit={unit} />
      </div>
      <div className="decision-buttons">
        <button type="button" className="primary" onClick={confirm} disabled={pending}>
          确认 <kbd>Y</kbd>
        </button>
        <button type="button" onClick={open('correct')}>
          更正 <kbd>C</kbd>
        </button>
        <button type="button" onClick={open('reject')}>
          驳回 <kbd>R</kbd>
        </button>
        <button type="button" onClick={open('add')}>
          补录 <kbd>A</kbd>
        </button>
      </div>
      {mode !== null && (
        <DecisionForm
          key={mode}
          mode={mode}
          fact={fact}
          report={report}
          unit={unit}
          pending={pending}
          onSave={save}
          onCancel={() => setMode(null)}
        />
      )}
      {notice && (
        <div className="state-inline saved" role="status">
          {notice}
        </div>
      )}
      {error && (
        <div className="state error" role="alert">
          {errorMessage(error)}
        </div>
      )}
      <h3>修改记录</h3>
      <FactHistory id={fact.id} />
    </div>
  );
}

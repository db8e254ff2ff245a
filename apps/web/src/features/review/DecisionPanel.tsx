import type { ReviewEntry } from '@fazhi/contract';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { FactHistory } from '../../lib/FactHistory.tsx';
import { formatValue } from '../../lib/format.ts';
import { IndicatorSelect } from '../../lib/IndicatorPicker.tsx';
import { DecidedBeside } from './DecidedBeside.tsx';
import { addFact, type Decision, decideFact, type NewFactInput } from './query.ts';

export type Mode = 'idle' | 'correct' | 'reject' | 'add';

interface Props {
  item: ReviewEntry;
  reportText: string;
  labelOf: (key: string) => { label: string; unit: string };
  mode: Mode;
  setMode: (m: Mode) => void;
  /** the decision is stored: go on to the next figure */
  onDecided: () => void;
}

const QUALIFIERS = [
  ['exact', '准确数'],
  ['over', '余（以上）'],
  ['about', '约'],
  ['near', '近'],
  ['under', '不足'],
] as const;

/** Confirm (Y), correct (C), reject (R) or add (A) a figure; forms submit with Enter, close with Esc. */
export function DecisionPanel({ item, reportText, labelOf, mode, setMode, onDecided }: Props) {
  const f = item.fact;
  const { label, unit } = labelOf(f.key);
  const [value, setValue] = useState(String(f.value));
  const [qualifier, setQualifier] = useState<string>(f.qualifier);
  const [reason, setReason] = useState('');
  const [added, setAdded] = useState<NewFactInput>(() => blankAddition(item));
  const decide = useMutation({ mutationFn: (d: Decision) => decideFact(f.id, d), onSuccess: onDecided });
  const add = useMutation({ mutationFn: addFact, onSuccess: onDecided });
  const error = decide.error ?? add.error;
  const form = useRef<HTMLFormElement>(null);
  // the person pressed C, R or A: put the cursor in the form's first field
  useEffect(() => {
    // read the sentence the person selected in the text before focus moves
    if (mode === 'add') setAdded(blankAddition(item));
    if (mode !== 'idle') form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [mode, item]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'correct') decide.mutate({ action: 'correct', value: Number(value), qualifier, reason });
    if (mode === 'reject') decide.mutate({ action: 'reject', reason });
    if (mode === 'add') {
      const start = added.evidence ? reportText.indexOf(added.evidence) : -1;
      add.mutate({
        ...added,
        spanStart: start >= 0 ? start : null,
        spanEnd: start >= 0 ? start + added.evidence.length : null,
      });
    }
  };

  return (
    <div className="decision" data-testid="decision">
      <div className="decision-fact">
        <div className="muted small">
          {item.report.unit.name} · {f.year}年{f.year !== item.report.year && `（${item.report.year}年报告）`}
        </div>
        <div className="decision-label">{label}</div>
        <div className="decision-value" data-testid="current-value">
          {formatValue(f.value, f.qualifier, unit)}
        </div>
        <ul className="reasons">
          {item.reasons.map((r) => (
            <li key={r.code + r.label} className={`reason-${r.code}`}>
              {r.label}
            </li>
          ))}
        </ul>
        <DecidedBeside facts={item.beside} unit={unit} />
      </div>
      <div className="decision-buttons">
        <button
          type="button"
          className="primary"
          onClick={() => decide.mutate({ action: 'confirm' })}
          disabled={decide.isPending}
        >
          确认 <kbd>Y</kbd>
        </button>
        <button type="button" onClick={() => setMode('correct')}>
          更正 <kbd>C</kbd>
        </button>
        <button type="button" onClick={() => setMode('reject')}>
          驳回 <kbd>R</kbd>
        </button>
        <button type="button" onClick={() => setMode('add')}>
          补录 <kbd>A</kbd>
        </button>
      </div>
      {mode !== 'idle' && (
        <form
          className="decision-form"
          onSubmit={submit}
          onKeyDown={(e) => e.key === 'Escape' && setMode('idle')}
        >
          {mode === 'correct' && (
            <>
              <label>
                正确数值（{unit}）
                <input
                  name="value"
                  type="number"
                  min="0"
                  step="any"
                  value={value}
                  onChange={(e) => setValue(e.target.value)}
                  required
                />
              </label>
              <label>
                约数
                <select value={qualifier} onChange={(e) => setQualifier(e.target.value)}>
                  {QUALIFIERS.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {mode === 'add' && <Addition value={added} onChange={setAdded} />}
          <label>
            理由{mode === 'add' ? '（可不填）' : ''}
            <input
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required={mode !== 'add'}
              placeholder={mode === 'reject' ? '如：县级活动，不计入本镇' : '如：台账核实为52件'}
            />
          </label>
          <div className="decision-buttons">
            <button type="submit" className="primary" disabled={decide.isPending || add.isPending}>
              保存 <kbd>Enter</kbd>
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              取消 <kbd>Esc</kbd>
            </button>
          </div>
        </form>
      )}
      {error && (
        <div className="state error" role="alert">
          {errorMessage(error)}
        </div>
      )}
      <h3>修改记录</h3>
      <FactHistory id={f.id} />
    </div>
  );
}

function blankAddition(item: ReviewEntry): NewFactInput {
  const selected = window.getSelection()?.toString().trim() ?? '';
  return {
    reportId: item.report.id,
    key: item.fact.key,
    year: item.report.year,
    value: 0,
    qualifier: 'exact',
    evidence: selected.slice(0, 500),
    spanStart: null,
    spanEnd: null,
  };
}

/** The fields of a figure a person read in the text (select the sentence first to fill in the evidence). */
function Addition({ value, onChange }: { value: NewFactInput; onChange: (v: NewFactInput) => void }) {
  return (
    <>
      <IndicatorSelect value={value.key} onChange={(key) => onChange({ ...value, key })} />
      <label>
        年度
        <input
          type="number"
          value={value.year}
          onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
        />
      </label>
      <label>
        数值
        <input
          type="number"
          min="0"
          step="any"
          value={value.value}
          onChange={(e) => onChange({ ...value, value: Number(e.target.value) })}
        />
      </label>
      <label className="wide">
        依据原文
        <input
          value={value.evidence}
          onChange={(e) => onChange({ ...value, evidence: e.target.value })}
          required
          placeholder="先在右侧原文中选中句子，再按 A"
        />
      </label>
    </>
  );
}

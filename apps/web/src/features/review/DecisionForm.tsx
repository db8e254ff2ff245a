import type { Fact } from '@fazhi/contract';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { IndicatorSelect } from '../../lib/IndicatorPicker.tsx';
import type { Decision, NewFactInput } from './query.ts';

export type FormMode = 'correct' | 'reject' | 'add';
export type Saving = { decision: Decision } | { addition: NewFactInput };

interface Props {
  mode: FormMode;
  fact: Fact;
  report: { id: number; year: number; text: string };
  unit: string;
  pending: boolean;
  onSave: (s: Saving) => void;
  onCancel: () => void;
}

const QUALIFIERS = [
  ['exact', '准确数'],
  ['over', '余（以上）'],
  ['about', '约'],
  ['near', '近'],
  ['under', '不足'],
] as const;

/**
 * The form of a correction, rejection or addition. It opens with the cursor in its first field (the
 * value box for a correction, its figure selected so typing replaces it); Enter saves it.
 */
export function DecisionForm({ mode, fact, report, unit, pending, onSave, onCancel }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [value, setValue] = useState(String(fact.value));
  const [qualifier, setQualifier] = useState<Fact['qualifier']>(fact.qualifier);
  const [reason, setReason] = useState('');
  // read the sentence the person selected in the text, before the cursor moves into the form
  const [added, setAdded] = useState<NewFactInput>(() => blankAddition(fact, report.id, report.year));
  useEffect(() => {
    const first = form.current?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'correct')
      onSave({ decision: { action: 'correct', value: Number(value), qualifier, reason } });
    if (mode === 'reject') onSave({ decision: { action: 'reject', reason } });
    if (mode === 'add') {
      const start = added.evidence ? report.text.indexOf(added.evidence) : -1;
      onSave({
        addition: {
          ...added,
          ...(reason ? { reason } : {}),
          spanStart: start >= 0 ? start : null,
          spanEnd: start >= 0 ? start + added.evidence.length : null,
        },
      });
    }
  };

  return (
    <form ref={form} className="decision-form" onSubmit={submit} data-mode={mode}>
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
            <select
              name="qualifier"
              value={qualifier}
              onChange={(e) => setQualifier(e.target.value as Fact['qualifier'])}
            >
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
        <button type="submit" className="primary" disabled={pending}>
          保存 <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={onCancel}>
          取消 <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}

function blankAddition(fact: Fact, reportId: number, year: number): NewFactInput {
  const selected = window.getSelection()?.toString().trim() ?? '';
  return {
    reportId,
    key: fact.key,
    year,
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
          name="year"
          type="number"
          value={value.year}
          onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
        />
      </label>
      <label>
        数值
        <input
          name="added-value"
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
          name="evidence"
          value={value.evidence}
          onChange={(e) => onChange({ ...value, evidence: e.target.value })}
          required
          placeholder="先在右侧原文中选中句子，再按 A"
        />
      </label>
    </>
  );
}

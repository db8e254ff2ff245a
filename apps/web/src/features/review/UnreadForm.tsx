import type { Unread } from '@fazhi/contract';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { IndicatorSelect } from '../../lib/IndicatorPicker.tsx';
import type { NewFactInput } from './query.ts';

const QUALIFIERS = [
  ['exact', '准确数'],
  ['over', '余（以上）'],
  ['about', '约'],
  ['near', '近'],
  ['under', '不足'],
] as const;

interface Props {
  figure: Unread;
  year: number;
  pending: boolean;
  onSave: (f: NewFactInput) => void;
  onCancel: () => void;
}

/**
 * Adds an unread figure as a fact: the cursor opens in the indicator picker, the figure, its year, the clause
 * and its place in the text are filled in from the figure; Enter saves (also from the picker).
 */
export function UnreadForm({ figure, year, pending, onSave, onCancel }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [key, setKey] = useState('');
  const [value, setValue] = useState(String(figure.value));
  const [qualifier, setQualifier] = useState<string>(figure.qualifier);
  const [factYear, setFactYear] = useState(String(year));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // the report beside stays scrolled to the figure
  useEffect(() => form.current?.querySelector('select')?.focus({ preventScroll: true }), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (key === '') {
      setProblem('请先选择指标');
      form.current?.querySelector('select')?.focus({ preventScroll: true });
      return;
    }
    onSave({
      reportId: figure.reportId,
      key,
      year: Number(factYear),
      value: Number(value),
      qualifier,
      evidence: figure.evidence,
      spanStart: figure.spanStart,
      spanEnd: figure.spanEnd,
      ...(reason ? { reason } : {}),
    });
  };
  // a list does not submit its form on Enter by itself: in this form it does, as every other field
  const enterInList = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      form.current?.requestSubmit();
    }
  };

  return (
    <form ref={form} className="decision-form" onSubmit={submit} onKeyDown={enterInList} data-mode="unread">
      <IndicatorSelect value={key} onChange={setKey} any="请选择指标" label="补录为指标" />
      <label>
        年度
        <input name="year" type="number" value={factYear} onChange={(e) => setFactYear(e.target.value)} />
      </label>
      <label>
        数值
        <input
          name="added-value"
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
        <select name="qualifier" value={qualifier} onChange={(e) => setQualifier(e.target.value)}>
          {QUALIFIERS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        依据原文
        <input name="evidence" value={figure.evidence} readOnly />
      </label>
      <label>
        理由（可不填）
        <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {problem && key === '' && (
        <div className="state error" role="alert">
          {problem}
        </div>
      )}
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

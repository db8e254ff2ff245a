import type { Indicators } from '@fazhi/contract';
import { useQuery } from '@tanstack/react-query';
import { indicatorsQuery } from './queries.ts';

type Groups = Indicators['groups'];

/** One indicator from the catalog, grouped (排名, the compare view's chart indicator). */
export function IndicatorSelect({
  value,
  onChange,
  only,
  label = '指标',
  any,
}: {
  value: string;
  onChange: (key: string) => void;
  /** limit the choice to these keys */
  only?: readonly string[];
  label?: string;
  /** offer “no indicator in particular” (value '') under this label */
  any?: string;
}) {
  const groups = useQuery(indicatorsQuery()).data?.groups ?? [];
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        {any !== undefined && <option value="">{any}</option>}
        {groups.map((g) => {
          const items = g.indicators.filter((i) => !only || only.includes(i.key));
          if (items.length === 0) return null;
          return (
            <optgroup key={g.key} label={g.label}>
              {items.map((i) => (
                <option key={i.key} value={i.key}>
                  {i.label}（{i.unit}）
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}

/** Several indicators, as grouped checkboxes in a drop-down panel. */
export function IndicatorChecklist({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (keys: string[]) => void;
}) {
  const groups: Groups = useQuery(indicatorsQuery()).data?.groups ?? [];
  const toggle = (key: string, on: boolean) => {
    const next = on ? [...value, key] : value.filter((k) => k !== key);
    if (next.length > 0) onChange(orderLike(groups, next));
  };
  return (
    <details className="checklist">
      <summary>选择指标（已选 {value.length} 项）</summary>
      <div className="checklist-panel">
        {groups.map((g) => (
          <fieldset key={g.key}>
            <legend>
              {g.label}
              {g.focus ? '（重点）' : ''}
            </legend>
            {g.indicators.map((i) => (
              <label key={i.key}>
                <input
                  type="checkbox"
                  checked={value.includes(i.key)}
                  onChange={(e) => toggle(i.key, e.target.checked)}
                />
                {i.label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}

/** Keys in catalog order, so the same choice always makes the same URL and query key. */
function orderLike(groups: Groups, keys: string[]): string[] {
  const order = groups.flatMap((g) => g.indicators.map((i) => i.key));
  return [...new Set(keys)].sort((a, b) => order.indexOf(a as never) - order.indexOf(b as never));
}

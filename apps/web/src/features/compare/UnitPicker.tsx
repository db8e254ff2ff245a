import type { Unit } from './table.ts';

/** The units in a URL parameter (`units=12,15`), as ids; anything else in it is ignored. */
export const parseUnitIds = (param: string | null): number[] =>
  (param ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** Units to show on the charts, as checkboxes in a drop-down panel; none chosen shows them all. */
export function UnitPicker({
  units,
  value,
  onChange,
}: {
  units: readonly Unit[];
  value: readonly number[];
  onChange: (ids: number[]) => void;
}) {
  const chosen = units.filter((u) => value.includes(u.id));
  const toggle = (id: number, on: boolean) =>
    // in the units' own order, so one choice always makes one URL
    onChange(units.filter((u) => (u.id === id ? on : value.includes(u.id))).map((u) => u.id));
  return (
    <details className="checklist unit-picker">
      <summary>{chosen.length === 0 ? '图表单位：全部' : `图表单位：已选 ${chosen.length} 个`}</summary>
      <div className="checklist-panel">
        <fieldset>
          <legend>只在图表中显示所选单位（表格仍列出全部并标出所选）</legend>
          {units.map((u) => (
            <label key={u.id}>
              <input
                type="checkbox"
                checked={value.includes(u.id)}
                onChange={(e) => toggle(u.id, e.target.checked)}
              />
              {u.name}
            </label>
          ))}
        </fieldset>
        {chosen.length > 0 && (
          <button type="button" onClick={() => onChange([])}>
            清除选择，显示全部单位
          </button>
        )}
      </div>
    </details>
  );
}

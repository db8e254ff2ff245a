import { inGroup, UNIT_GROUP_LABEL, UNIT_GROUPS, type UnitGroup } from '@fazhi/catalog/vocabulary';
import { setParams } from './router.tsx';

export { inGroup, type UnitGroup };

const GROUPS = UNIT_GROUPS.map((value) => ({ value, label: UNIT_GROUP_LABEL[value].option }));

export const parseGroup = (v: string | null): UnitGroup => (v === 'departments' || v === 'all' ? v : 'towns');

/** Townships and sub-districts are compared apart from county departments unless asked otherwise. */
export function GroupPicker({ value }: { value: UnitGroup }) {
  return (
    <fieldset className="segmented" aria-label="单位范围">
      {GROUPS.map((g) => (
        <button
          type="button"
          key={g.value}
          className={g.value === value ? 'active' : ''}
          aria-pressed={g.value === value}
          onClick={() => setParams({ group: g.value === 'towns' ? null : g.value })}
        >
          {g.label}
        </button>
      ))}
    </fieldset>
  );
}

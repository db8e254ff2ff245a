import { setParams } from './router.tsx';

export type UnitGroup = 'towns' | 'departments' | 'all';

const GROUPS: { value: UnitGroup; label: string }[] = [
  { value: 'towns', label: '乡镇街道' },
  { value: 'departments', label: '县直部门' },
  { value: 'all', label: '全部单位' },
];

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

/** Whether a unit of this type is in the group (the API ranks and totals the same way). */
export function inGroup(type: string, group: UnitGroup): boolean {
  if (group === 'all') return true;
  if (group === 'departments') return type === 'county_dept';
  return type !== 'county_dept' && type !== 'county';
}

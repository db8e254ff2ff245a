import { useQuery } from '@tanstack/react-query';
import { regionsQuery } from '../../lib/queries.ts';
import { regionGroups } from './regionGroups.ts';

/**
 * The region an account reads and changes: counties grouped by city (from /api/regions, which holds only
 * the admin's own region and what lies above and below it), and 全部地区 for a whole-installation admin.
 */
export function RegionPicker(props: {
  value: number | null;
  onChange: (regionId: number | null) => void;
  /** the admin's own region; null: the whole installation, which may also be given */
  within: number | null;
  label: string;
  id?: string;
  disabled?: boolean;
}) {
  const q = useQuery(regionsQuery());
  const groups = regionGroups(q.data?.regions ?? [], props.within);
  return (
    <select
      id={props.id}
      value={props.value ?? ''}
      disabled={props.disabled || q.status !== 'success'}
      onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
      aria-label={props.label}
      data-region-picker
    >
      {(props.within === null || props.value === null) && <option value="">全部地区（不限）</option>}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
